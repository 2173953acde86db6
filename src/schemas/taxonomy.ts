/**
 * Taxonomies (themes, target groups, intervention types, funds): one YAML file each under
 * `content/taxonomies/`, a list of terms. Their ids are the values used in URLs and filters.
 */
import { z } from 'astro/zod';
import { httpUrl, localizedText, slug } from './common.ts';

export const taxonomyTermSchema = () =>
  z.strictObject({
    id: slug().describe('Stable id, used in URLs (`/temi/casa/`) and in filters (`?tema=casa`).'),
    label: localizedText().describe('Display label in Italian and English.'),
    description: localizedText().optional().describe('One or two sentences on what the term covers.'),
  });

export const fundSchema = () =>
  taxonomyTermSchema().extend({
    website: httpUrl().optional().describe('Official page of the fund or programme.'),
    programmingPeriod: z.string().regex(/^\d{4}-\d{4}$/).optional().describe('Programming period, e.g. "2014-2020".'),
  });

export type TaxonomyTerm = z.output<ReturnType<typeof taxonomyTermSchema>>;
export type Fund = z.output<ReturnType<typeof fundSchema>>;
