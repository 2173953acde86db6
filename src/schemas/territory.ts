/** Territories: one YAML file each, linked into a tree by `parent`. */
import { z } from 'astro/zod';
import { LIMITS, text, type RefFactory } from './common.ts';

export const TERRITORY_KINDS = [
  'country',
  'region',
  'metropolitan-city',
  'province',
  'health-district',
  'municipality',
] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** Where a point is: WGS84 degrees. The integrity pass checks it falls inside Italy. */
export const coordinates = () =>
  z.strictObject({
    lat: z.number().min(-90).max(90).describe('Latitude in decimal degrees (north positive).'),
    lon: z.number().min(-180).max(180).describe('Longitude in decimal degrees (east positive).'),
  });

export const territorySchema = (ref: RefFactory) =>
  z.strictObject({
    name: text(LIMITS.label).describe('Official Italian name, e.g. "Città metropolitana di Roma Capitale".'),
    nameEn: text(LIMITS.label).optional().describe('English name where it differs, e.g. "Sicily".'),
    shortName: text(LIMITS.label).optional().describe('Short name for lists and maps, e.g. "Roma" for the metropolitan city.'),
    kind: z.enum(TERRITORY_KINDS).describe('Administrative level.'),
    istat: z.string().regex(/^(\d{2}|\d{3}|\d{6})$/, { message: 'an ISTAT code has 2 (region), 3 (province) or 6 (municipality) digits' }).optional().describe('ISTAT code: 2 digits for a region, 3 for a province or metropolitan city, 6 for a municipality. For a metropolitan city use the 3-digit code of its former province, the prefix of its municipalities\' codes (058 for Roma), not ISTAT\'s 2xx statistical code (258): it is what links a municipality to its province. Empty for Italy and for social-health districts, which ISTAT does not code.'),
    parent: ref('territories').optional().describe('The territory this one belongs to (a municipality\'s province, a province\'s region…). Only Italy has none.'),
    coordinates: coordinates().optional().describe('A representative point (municipal seat for municipalities).'),
  });

export type TerritoryData = z.output<ReturnType<typeof territorySchema>>;
