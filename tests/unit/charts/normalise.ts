/**
 * Snapshots that survive float noise and page ids: numbers inside attributes rounded to
 * integers (text such as "12.345" stays), the chart id fixed, one element per line.
 */
export function normaliseSvg(svg: string, id: string): string {
  return svg
    .replaceAll(id, 'CHART')
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))}"`)
    .replace(/></g, '>\n<');
}
