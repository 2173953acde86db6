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

export const plainRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `expected the id of an entry of ${collection}` })
    .min(1)
    .transform((id): Ref<C> => ({ collection, id }));

/**
 * A date with the precision the source gives: `2018`, `2021-07` or `2021-07-02`.
 * YAML may read `2018` as a number and `2021-07-02` as a timestamp; both are accepted
 * and normalised, so the output is always a `PartialDate`.
 */
export const partialDate = () =>
  z.union([z.string(), z.number().int(), z.date()]).transform((value, ctx): PartialDate => {
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

/** A span of time; either end may be unknown. The integrity pass checks end ≥ start. */
export const period = () =>
  z.strictObject({
    /** First date of the period, at the precision the source gives. */
    start: partialDate().optional(),
    /** Last date of the period, at the precision the source gives. */
    end: partialDate().optional(),
  });

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
    /** Italian text (required: Italian is the site's first language). */
    it: z.string().min(1),
    /** English text, shown on the English site when present. */
    en: z.string().min(1).optional(),
  });

/** Where a fact comes from. Every project, practice and document cites at least one. */
export const source = () =>
  z.strictObject({
    /** What the source is called, e.g. "Scheda del progetto FRA NOI 2". */
    title: z.string().min(1),
    /** Who published it. */
    publisher: z.string().min(1).optional(),
    /** Where to read it online, when it is online. */
    url: httpUrl().optional(),
    /** When it was published, at the precision known. */
    date: partialDate().optional(),
    /** What part of the source supports the entry (section, page, list item). */
    locator: z.string().min(1).optional(),
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
    z.string().min(1).transform((text) => ({ text })),
    z.strictObject({
      /** The result in a sentence. */
      text: z.string().min(1),
      /** A figure when the source gives one, e.g. "120 operatori formati". */
      measure: z.string().min(1).optional(),
      /** How we know (report, monitoring, evaluation), for achieved results. */
      evidence: z.string().min(1).optional(),
    }),
  ]);

/** Whom to ask. Only what a source states publicly: never a guessed address. */
export const contact = () =>
  z.strictObject({
    /** Person's name as the source gives it. */
    name: z.string().min(1).optional(),
    /** Role or office, e.g. "referente del progetto". */
    role: z.string().min(1).optional(),
    /** Full e-mail address, only when a source publishes it in full. */
    email: z.email({ message: 'must be a complete e-mail address' }).optional(),
    /** A contact page. */
    url: httpUrl().optional(),
  });

/** A kebab-case identifier, as used for file names and URL segments. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'use lowercase letters, digits and hyphens only (e.g. "roma-capitale")',
  });
