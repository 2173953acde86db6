/** Bar charts: one labelled bar per row, values the reader can read, the same numbers for the table. */
import { parseXml } from '@rgrove/parse-xml';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bar-chart.ts';
import { normaliseSvg } from './normalise.ts';

const rows = [
  { key: 'casa', label: 'Casa & abitare <test>', value: 12345 },
  { key: 'lavoro', label: 'Lavoro e occupabilità', value: 617 },
  { key: 'salute', label: 'Salute', value: 0 },
];

const widths = (svg: string) => [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChart', () => {
  it('draws a named, described chart that XML parsers accept, with labels escaped', () => {
    const { svg } = barChart(rows, { id: 'temi', title: 'Pratiche per tema', desc: 'Quante pratiche per tema.', locale: 'it' });
    const root = parseXml(svg).root!;
    expect(root.attributes['role']).toBe('img');
    expect(root.attributes['aria-labelledby']).toBe('temi-title');
    expect(svg).toContain('<title id="temi-title">Pratiche per tema</title>');
    expect(svg).toContain('<desc id="temi-desc">Quante pratiche per tema.</desc>');
    expect(svg).toContain('Casa &amp; abitare &lt;test&gt;');
  });

  it('makes bar lengths proportional to values and draws no bar for zero', () => {
    const { svg } = barChart(rows, { id: 'c', title: 't', desc: 'd', locale: 'it' });
    const [first, second, ...rest] = widths(svg);
    expect(rest).toEqual([]);
    expect(first! / second!).toBeCloseTo(12345 / 617, 1);
  });

  it('writes values the way the reader does (Italian groups from five digits), in the chart and in the table rows', () => {
    const it_ = barChart(rows, { id: 'c', title: 't', desc: 'd', locale: 'it' });
    const en = barChart(rows, { id: 'c', title: 't', desc: 'd', locale: 'en' });
    expect(it_.rows.map((r) => r.formatted)).toEqual(['12.345', '617', '0']);
    expect(en.rows.map((r) => r.formatted)).toEqual(['12,345', '617', '0']);
    expect(it_.svg).toContain('>12.345</text>');
    expect(en.svg).toContain('<title>Casa &amp; abitare &lt;test&gt;: 12,345</title>');
  });

  it('cuts long labels in the chart only, keeping them whole in the title and the table', () => {
    const long = 'Un nome di tema molto lungo che non entra nello spazio delle etichette';
    const { svg, rows: table } = barChart([{ key: 'x', label: long, value: 3 }], { id: 'c', title: 't', desc: 'd', locale: 'it', maxLabelChars: 20 });
    expect(svg).toContain('…</text>');
    expect(svg).toContain(`<title>${long}: 3</title>`);
    expect(table[0]!.label).toBe(long);
  });

  it('draws nothing when there is nothing to count', () => {
    expect(barChart([], { id: 'c', title: 't', desc: 'd', locale: 'it' })).toEqual({ svg: '', rows: [] });
  });

  it('matches the reference drawing', async () => {
    const { svg } = barChart(rows, { id: 'snap-bars', title: 'Pratiche per tema', desc: 'Quante pratiche per tema.', locale: 'it' });
    await expect(normaliseSvg(svg, 'snap-bars')).toMatchFileSnapshot('./__snapshots__/bar-chart.svg');
  });
});
