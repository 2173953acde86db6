/**
 * Taxonomies (themes, target groups, intervention types, funds): one YAML file each under
 * `content/taxonomies/`, a list of terms. Their ids are the values used in URLs and filters.
 */
import { z } from 'astro/zod';
import { httpUrl, localizedText, slug } from './common.ts';

export const taxonomyTermSchema = () =>
  z.strictObject({
    /** Stable id, used in URLs (`/temi/casa/`) and in filters (`?tema=casa`). */
    id: slug(),
    /** Display label in Italian and English. */
    label: localizedText(),
    /** One or two sentences on what the term covers. */
    description: localizedText().optional(),
  });

export const fundSchema = () =>
  taxonomyTermSchema().extend({
    /** Official page of the fund or programme. */
    website: httpUrl().optional(),
    /** Programming period, e.g. "2014-2020". */
    programmingPeriod: z.string().regex(/^\d{4}-\d{4}$/).optional(),
  });

export type TaxonomyTerm = z.output<ReturnType<typeof taxonomyTermSchema>>;
export type Fund = z.output<ReturnType<typeof fundSchema>>;
