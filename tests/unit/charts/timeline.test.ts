/** Timelines say only what the dates say: partial dates are drawn as spans, marked uncertain. */
import { parseXml } from '@rgrove/parse-xml';
import { describe, expect, it } from 'vitest';
import { timeline, workPackageRows, type TimelineOptions } from '../../../src/lib/charts/timeline.ts';
import { normaliseSvg } from './normalise.ts';

const options = (id = 'tl'): TimelineOptions => ({
  id,
  title: 'Progetti nel tempo',
  desc: 'Periodo di ogni progetto.',
  locale: 'it',
  text: { uncertainStart: (date) => `inizio incerto: ${date}`, uncertainEnd: (date) => `fine incerta: ${date}`, noStart: 'inizio non noto', noEnd: 'fine non nota' },
});

/** Bars of one row: the hatched outline and the solid part, as [x, width, fill]. */
function bars(svg: string, row: number): { x: number; width: number; fill: string }[] {
  const group = svg.split('<g><title>')[row + 1]!;
  return [...group.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="\d+" fill="([^"]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]), fill: m[3]! }));
}

describe('timeline', () => {
  const items = [
    { key: 'exact', label: 'Date esatte', period: { start: { year: 2019, month: 7, day: 2 }, end: { year: 2021, month: 6, day: 30 } } },
    { key: 'years', label: 'Solo anni', period: { start: { year: 2019 }, end: { year: 2021 } } },
    { key: 'open', label: 'Senza fine', period: { start: { year: 2020, month: 3 } } },
    { key: 'none', label: 'Senza date' },
  ];

  it('draws a year-only start across its whole year, hatched, and says so in the title', () => {
    const { svg, rows } = timeline(items, options());
    const [outline, solid] = bars(svg, 1);
    expect(outline!.fill).toMatch(/^url\(#tl-hatch\)$/);
    expect(solid!.fill).toBe('#0066cc');
    // The outline begins a year before the certain part does (the start may be any day of 2019).
    const yearWidth = (solid!.x - outline!.x);
    expect(yearWidth).toBeGreaterThan(0);
    expect(outline!.x + outline!.width - (solid!.x + solid!.width)).toBeCloseTo(yearWidth, 0);
    expect(rows[1]).toEqual({ key: 'years', label: 'Solo anni', period: '2019–2021', notes: ['inizio incerto: 2019', 'fine incerta: 2021'] });
    expect(svg).toContain('<title>Solo anni: 2019–2021; inizio incerto: 2019; fine incerta: 2021</title>');
  });

  it('draws exact dates solid from end to end, with no note', () => {
    const { svg, rows } = timeline(items, options());
    const [outline, solid] = bars(svg, 0);
    expect(solid!.x).toBeCloseTo(outline!.x, 0);
    expect(solid!.width).toBeCloseTo(outline!.width, 0);
    expect(rows[0]!.notes).toEqual([]);
  });

  it('marks an unknown end with a dashed line to the edge and says the end is not known', () => {
    const { svg, rows } = timeline(items, options());
    const group = svg.split('<g><title>')[3]!;
    expect(group).toContain('stroke-dasharray="4 3"');
    expect(rows[2]!.notes).toEqual(['inizio incerto: marzo 2020', 'fine non nota']);
  });

  it('lists undated items apart instead of drawing them', () => {
    const { rows, undated } = timeline(items, options());
    expect(rows.map((r) => r.key)).toEqual(['exact', 'years', 'open']);
    expect(undated.map((i) => i.key)).toEqual(['none']);
    expect(timeline([items[3]!], options())).toEqual({ svg: '', rows: [], undated: [items[3]] });
  });

  it('labels each year of the axis and parses as XML', () => {
    const { svg } = timeline(items, options());
    parseXml(svg);
    for (const year of [2019, 2020, 2021]) expect(svg).toContain(`>${year}</text>`);
  });

  it('matches the reference drawing', async () => {
    await expect(normaliseSvg(timeline(items, options('snap-tl')).svg, 'snap-tl')).toMatchFileSnapshot('./__snapshots__/timeline.svg');
  });
});

describe('workPackageRows', () => {
  const project = {
    period: { start: { year: 2020 }, end: { year: 2022, month: 6 } },
    workPackages: [
      { code: 'WP 1', title: 'Analisi', tasks: [{ code: '1.1', title: 'Mappatura' }, { title: 'Interviste' }] },
      { title: 'Diffusione', tasks: [] },
    ],
  };
  const wpOptions = { ...options('wp'), projectLabel: 'PROVA', undatedWithinPeriod: 'date non indicate dalla fonte' };

  it('gives every work package and task a row, dotted across the project period, never a dated bar', () => {
    const svg = workPackageRows(project, wpOptions);
    for (const label of ['PROVA', 'WP 1 Analisi', '1.1 Mappatura', 'Interviste', 'Diffusione']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('<title>1.1 Mappatura: date non indicate dalla fonte</title>');
    expect(svg.match(/stroke-dasharray="1 3"/g)).toHaveLength(4);
    // Only the project row has bars.
    expect(svg.match(/<rect x=/g)).toHaveLength(2);
  });

  it('is an outline of labelled rows when the project has no period, and nothing without work packages', () => {
    const svg = workPackageRows({ workPackages: project.workPackages }, wpOptions);
    expect(svg).not.toContain('<rect');
    expect(svg).not.toContain('PROVA');
    expect(svg).toContain('>WP 1 Analisi</text>');
    expect(workPackageRows({ period: project.period, workPackages: [] }, wpOptions)).toBe('');
  });

  it('matches the reference drawing', async () => {
    await expect(normaliseSvg(workPackageRows(project, { ...wpOptions, id: 'snap-wp' }), 'snap-wp')).toMatchFileSnapshot('./__snapshots__/work-packages.svg');
  });
});
