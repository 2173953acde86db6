/**
 * Building blocks shared by every collection schema. Each is a small factory so that a
 * collection reads as a list of named fields, and the same pieces serve Astro's content
 * layer and the standalone checker (`npm run check`).
 */
import { z } from 'astro/zod';
import { parsePartialDate, type PartialDate } from '../lib/partial-date.ts';

/** Names of the collections that entries may reference. */
export type CollectionName =
  | 'projects'
  | 'practices'
  | 'territories'
  | 'partners'
  | 'documents'
  | 'themes'
  | 'targetGroups'
  | 'interventionTypes'
  | 'funds';

/** A resolved relation: the collection and the id of the entry it points to. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Makes the schema of a relation. Astro passes its own `reference()`; the standalone
 * checker passes `plainRef`. Both turn an id into `{ collection, id }`; the integrity
 * pass then checks that the entry exists.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, string>;

/**
 * Schema kinds that JSON Schema cannot express on its own: the exporter
 * (`src/lib/content/json-schema.ts`) looks schemas up here to describe them properly.
 */
export const referenceSchemas = z.registry<{ collection: CollectionName }>();
export const partialDateSchemas = z.registry<{ partialDate: true }>();

export const plainRef: RefFactory = <C extends CollectionName>(collection: C) => {
  const schema = z
    .string({ error: `expected the id of an entry of ${collection}` })
    .min(1)
    .transform((id): Ref<C> => ({ collection, id }));
  referenceSchemas.add(schema, { collection });
  return schema;
};

/**
 * A date with the precision the source gives: `2018`, `2021-07` or `2021-07-02`.
 * YAML may read `2018` as a number and `2021-07-02` as a timestamp; both are accepted
 * and normalised, so the output is always a `PartialDate`.
 */
export const partialDate = () => {
  const schema = z.union([z.string(), z.number().int(), z.date()]).transform((value, ctx): PartialDate => {
    if (value instanceof Date) {
      return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
    }
    const parsed = parsePartialDate(String(value));
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  });
  partialDateSchemas.add(schema, { partialDate: true });
  return schema;
};

/** A span of time; either end may be unknown. The integrity pass checks end ≥ start. */
export const period = () =>
  z.strictObject({
    start: partialDate().optional().describe('First date of the period, at the precision the source gives.'),
    end: partialDate().optional().describe('Last date of the period, at the precision the source gives.'),
  });

/**
 * Upper bounds on text fields, in characters. They keep pages, listings and search records
 * readable and stop a pasted document from ending up in a field: long prose goes in the body.
 */
export const LIMITS = {
  /** Titles, names, roles, source titles. */
  label: 300,
  /** Summaries shown in listings and search results. */
  summary: 1200,
  /** Notes, results, objectives and other free text. */
  text: 4000,
} as const;

/** A non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { error: (issue) => `is too long: ${String(issue.input).length} characters, at most ${max} are allowed` });

/** An absolute web address; only http and https are allowed (no `javascript:`, `data:`, `file:`). */
export const httpUrl = () =>
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), {
      message: 'must be a web address starting with http:// or https://',
    });

/** A text in Italian with an optional English version. */
export const localizedText = () =>
  z.strictObject({
    it: text(LIMITS.text).describe('Italian text (required: Italian is the site\'s first language).'),
    en: text(LIMITS.text).optional().describe('English text, shown on the English site when present.'),
  });

/** Where a fact comes from. Every project, practice and document cites at least one. */
export const source = () =>
  z.strictObject({
    title: text(LIMITS.label).describe('What the source is called, e.g. "Scheda del progetto FRA NOI 2".'),
    publisher: text(LIMITS.label).optional().describe('Who published it.'),
    url: httpUrl().optional().describe('Where to read it online, when it is online.'),
    date: partialDate().optional().describe('When it was published, at the precision known.'),
    locator: text(LIMITS.label).optional().describe('What part of the source supports the entry (section, page, list item).'),
  });

export const sources = () =>
  z.array(source()).min(1, {
    message: 'cite at least one source: add `sources: [{ title: "…" }]` naming the document the facts come from',
  });

/**
 * A result. Expected and achieved results live in different fields: a result is never
 * "achieved" because a plan announced it.
 */
export const result = () =>
  z.union([
    text(LIMITS.text).transform((sentence) => ({ text: sentence })),
    z.strictObject({
      text: text(LIMITS.text).describe('The result in a sentence.'),
      measure: text(LIMITS.text).optional().describe('A figure when the source gives one, e.g. "120 operatori formati".'),
      evidence: text(LIMITS.text).optional().describe('How we know (report, monitoring, evaluation), for achieved results.'),
    }),
  ]);

/** Whom to ask. Only what a source states publicly: never a guessed address. */
export const contact = () =>
  z.strictObject({
    name: text(LIMITS.label).optional().describe('Person\'s name as the source gives it.'),
    role: text(LIMITS.label).optional().describe('Role or office, e.g. "referente del progetto".'),
    email: z.email({ message: 'must be a complete e-mail address' }).optional().describe('Full e-mail address, only when a source publishes it in full.'),
    url: httpUrl().optional().describe('A contact page.'),
  });

/** The form of every id: kebab-case, as used for file names and URL segments. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** The text form of a partial date (`2018`, `2021-07`, `2021-07-02`), for JSON Schemas of data written out. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/** A kebab-case identifier, as used for file names and URL segments. */
export const slug = () =>
  z.string().regex(new RegExp(SLUG_PATTERN), {
    message: 'use lowercase letters, digits and hyphens only (e.g. "roma-capitale")',
  });
