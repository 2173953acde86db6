/**
 * The static maps of the pages, as options for `renderSvgMap`: the shaded map of /mappa/ (its
 * no-script view), a territory's inset (the territory, its sub-territories and the places with
 * practices) and a project's territories. Which shapes and points to draw is decided here,
 * from the catalogue and the ISTAT codes; the words come from the page (`MapWords`).
 */
import type { Catalog, Practice, Project, Territory } from '../catalog.ts';
import { formatCount } from '../charts/svg.ts';
import type { Locale } from '../partial-date.ts';
import { territoryName } from '../labels.ts';
import type { PracticeCounts } from './aggregate.ts';
import type { Geodata } from './data.ts';
import { levelOfCode } from './lookup.ts';
import { practicePoint } from './map-data.ts';
import type { MapArea, MapPoint, SvgMapOptions } from './svg-map.ts';

export interface MapWords {
  attribution: string;
  /** "{name}: {n} practices", for a place on the map. */
  placePractices: (name: string, count: number) => string;
  /** Legend entry of the points. */
  places: string;
}

type Href = (territoryId: string) => string;

/** The map words of a page, from its translator. */
export function mapWords(t: (key: 'map.attribution' | 'map.place' | 'map.place.one' | 'map.places', values?: Record<string, string | number>) => string, locale: Locale): MapWords {
  return {
    attribution: t('map.attribution'),
    placePractices: (name, count) => (count === 1 ? t('map.place.one', { name }) : t('map.place', { name, n: formatCount(count, locale) })),
    places: t('map.places'),
  };
}

const SUB_PROVINCE = new Set(['municipality', 'health-district']);

/** The ISTAT code a territory is drawn by: its own region or province code, else its nearest ancestor's. */
function drawnCode(catalog: Catalog, territory: Territory): string | undefined {
  for (const t of catalog.ancestors(territory.id)) {
    const level = t.data.istat ? levelOfCode(t.data.istat) : undefined;
    if (level === 'region' || level === 'province') return t.data.istat;
  }
  return undefined;
}

/** The shape of a region or province code in the TopoJSON (a Sardinian province may share one). */
function shapeOf(geodata: Geodata, code: string): { layer: 'regions' | 'provinces'; id: string } | undefined {
  if (levelOfCode(code) === 'region') return geodata.lookup.region(code) ? { layer: 'regions', id: code } : undefined;
  const province = geodata.lookup.province(code);
  return province ? { layer: 'provinces', id: province.shape } : undefined;
}

/**
 * Places with practices below province level, among the given practices: one point per place,
 * named with its count. Practices placed on a province or a region are not points: their area
 * is on the map already.
 */
function placesOf(catalog: Catalog, geodata: Geodata, practices: Iterable<Practice>, locale: Locale, words: MapWords, href: Href): MapPoint[] {
  const places = new Map<string, { territory: Territory; lon: number; lat: number; count: number }>();
  for (const practice of practices) {
    const located = practicePoint(practice, catalog, geodata.lookup);
    if (!located || !SUB_PROVINCE.has(located.territory.data.kind)) continue;
    const place = places.get(located.territory.id) ?? { ...located, count: 0 };
    place.count++;
    places.set(located.territory.id, place);
  }
  return [...places.values()].map((p) => ({ lon: p.lon, lat: p.lat, name: words.placePractices(territoryName(p.territory, locale), p.count), href: href(p.territory.id) }));
}

const byCodeOf = new WeakMap<Catalog, Map<string, Territory>>();

/** Territory ids by ISTAT code, for links from shapes to pages: once per catalogue, not once per map. */
function territoriesByCode(catalog: Catalog): Map<string, Territory> {
  let byCode = byCodeOf.get(catalog);
  if (byCode) return byCode;
  byCode = new Map<string, Territory>();
  for (const t of catalog.territories.values()) if (t.data.istat && !byCode.has(t.data.istat)) byCode.set(t.data.istat, t);
  byCodeOf.set(catalog, byCode);
  return byCode;
}

/** The regions shaded by practices, each linked to its page where the catalogue has one. */
export function overviewMapOptions(
  geodata: Geodata,
  counts: PracticeCounts,
  locale: Locale,
  href: Href,
  text: { id: string; title: string; desc: string; attribution: string; shadingTitle: string; none: string },
): SvgMapOptions {
  return {
    id: text.id,
    title: text.title,
    desc: text.desc,
    locale,
    topology: geodata.topology,
    attribution: text.attribution,
    areas: counts.regions.map((r): MapArea => ({ layer: 'regions', id: r.code, name: r.name, value: r.count, ...(r.territoryId ? { href: href(r.territoryId) } : {}) })),
    shading: { title: text.shadingTitle, none: text.none },
  };
}

/**
 * A territory's inset: Italy's regions for the country; a region with its provinces; a province
 * (or a place inside one) within its province's outline. Places with practices are points.
 * Undefined when nothing up the tree has a code the geodata draws.
 */
export function territoryInsetOptions(
  catalog: Catalog,
  geodata: Geodata,
  territory: Territory,
  locale: Locale,
  words: MapWords,
  href: Href,
  text: { id: string; title: string; desc: string; highlighted: string },
): SvgMapOptions | undefined {
  const { lookup } = geodata;
  const byCode = territoriesByCode(catalog);
  const link = (code: string) => {
    const t = byCode.get(code);
    return t ? { href: href(t.id) } : {};
  };
  const base = { id: text.id, title: text.title, desc: text.desc, locale, topology: geodata.topology, attribution: words.attribution };
  const points = placesOf(catalog, geodata, catalog.practicesIn(territory.id), locale, words, href);
  if (territory.data.kind === 'country') {
    const areas = lookup.codes('region').map((code): MapArea => ({ layer: 'regions', id: code, name: lookup.nameOf(code)!, ...link(code) }));
    return { ...base, areas, points, legend: { points: words.places } };
  }
  const code = drawnCode(catalog, territory);
  const shape = code ? shapeOf(geodata, code) : undefined;
  if (!code || !shape) return undefined;
  const own = territory.data.istat === code;
  const name = own ? territoryName(territory, locale) : lookup.nameOf(code)!;
  const areas: MapArea[] = [{ ...shape, name, highlighted: own, ...(own ? {} : link(code)) }];
  // A place inside a province is a point of its own, practices or not.
  const at = territory.data.coordinates;
  if (!own && at && !points.some((p) => p.href === href(territory.id))) points.push({ lon: at.lon, lat: at.lat, name: territoryName(territory, locale) });
  if (shape.layer === 'regions') {
    for (const province of lookup.codes('province').filter((p) => lookup.parentOf(p) === code)) {
      const provinceShape = lookup.province(province)!.shape;
      if (areas.some((a) => a.layer === 'provinces' && a.id === provinceShape)) continue;
      areas.push({ layer: 'provinces', id: provinceShape, name: lookup.nameOf(province)!, labelAt: lookup.labelOf(province)!, ...link(province) });
    }
  }
  return { ...base, fit: shape.layer === 'regions' ? { layer: 'regions', ids: [shape.id] } : { layer: 'provinces', ids: [shape.id] }, context: 'provinces', areas, points, legend: { highlighted: text.highlighted, points: words.places } };
}

/**
 * A project's territories: regions and provinces hatched, places as points, in a view fitted to
 * them; a national project hatches all of Italy. Undefined when none can be drawn.
 */
export function projectMapOptions(
  catalog: Catalog,
  geodata: Geodata,
  project: Project,
  locale: Locale,
  words: MapWords,
  href: Href,
  text: { id: string; title: string; desc: string; highlighted: string; places: string },
): SvgMapOptions | undefined {
  const { lookup } = geodata;
  const areas: MapArea[] = [];
  const points: MapPoint[] = [];
  const fit = new Set<string>();
  const fitLayer = new Set<'regions' | 'provinces'>();
  const territories = project.data.territories.flatMap((ref) => catalog.territories.get(ref.id) ?? []);
  const national = territories.some((t) => t.data.kind === 'country');
  if (national) {
    for (const code of lookup.codes('region')) areas.push({ layer: 'regions', id: code, name: lookup.nameOf(code)!, highlighted: true });
  }
  for (const territory of territories) {
    if (territory.data.kind === 'country') continue;
    const code = drawnCode(catalog, territory);
    const shape = code ? shapeOf(geodata, code) : undefined;
    if (!code || !shape) continue;
    if (territory.data.istat === code) {
      if (!areas.some((a) => a.layer === shape.layer && a.id === shape.id)) areas.push({ ...shape, name: territoryName(territory, locale), href: href(territory.id), highlighted: true });
    } else {
      const at = territory.data.coordinates ?? catalog.ancestors(territory.id).find((t) => t.data.coordinates)?.data.coordinates;
      if (at) points.push({ lon: at.lon, lat: at.lat, name: territoryName(territory, locale), href: href(territory.id) });
    }
    fit.add(shape.id);
    fitLayer.add(shape.layer);
  }
  if (!areas.length && !points.length) return undefined;
  // One layer to fit: provinces when every shape is one, else the regions holding them.
  const fitIds = fitLayer.has('regions') ? [...fit].map((id) => (levelOfCode(id.split('+')[0]!) === 'province' ? lookup.province(id.split('+')[0]!)!.region : id)) : [...fit];
  return {
    id: text.id,
    title: text.title,
    desc: text.desc,
    locale,
    topology: geodata.topology,
    attribution: words.attribution,
    ...(national || !fit.size ? {} : { fit: { layer: fitLayer.has('regions') ? 'regions' : 'provinces', ids: [...new Set(fitIds)] } }),
    context: 'regions',
    areas,
    points,
    legend: { highlighted: text.highlighted, points: text.places },
  };
}
