/**
 * The map files and counts of this build, computed once: /mappa/'s data and details files (the
 * endpoints under src/pages/mappa/), its table and static map, from the same catalogue.
 */
import { countPracticesByArea, type PracticeCounts } from '../lib/geo/aggregate.ts';
import { loadGeodata } from '../lib/geo/data.ts';
import { buildMapFiles, type MapFiles } from '../lib/geo/map-data.ts';
import { getCatalog } from './catalog.ts';

let files: Promise<MapFiles> | undefined;
let counts: Promise<PracticeCounts> | undefined;

export function getMapFiles(): Promise<MapFiles> {
  files ??= getCatalog().then((catalog) => buildMapFiles(catalog, loadGeodata().lookup));
  return files;
}

export function getPracticeCounts(): Promise<PracticeCounts> {
  counts ??= getCatalog().then((catalog) => countPracticesByArea(catalog, loadGeodata().lookup));
  return counts;
}
