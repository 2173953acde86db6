/** Documents: deliverables, reports, tools and materials a project produced. The body is the abstract. */
import { z } from 'astro/zod';
import { httpUrl, partialDate, sources, type RefFactory } from './common.ts';

export const DOCUMENT_KINDS = [
  'deliverable',
  'report',
  'tool',
  'questionnaire',
  'training-material',
  'guideline',
  'website',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Title as the source lists it; descriptive when the source gives none (then set `titleIsDescriptive`). */
    title: z.string().min(1),
    /** True when the title is ours. */
    titleIsDescriptive: z.boolean().default(false),
    /** Project that produced it. */
    project: ref('projects'),
    /** Work package code, e.g. "WP 1". */
    workPackage: z.string().min(1).optional(),
    /** Task code, e.g. "1.1". */
    task: z.string().min(1).optional(),
    /** Position in the source's list of documents. */
    number: z.number().int().positive().optional(),
    /** What kind of document it is. */
    kind: z.enum(DOCUMENT_KINDS),
    /** When it was issued, at the precision known. */
    date: partialDate().optional(),
    /** Language as an ISO 639-1 code. */
    language: z.string().regex(/^[a-z]{2}$/).default('it'),
    /** A PDF under content/documents/files/, e.g. "files/temario.pdf". */
    file: z.string().regex(/^files\/[\w.-]+\.pdf$/, { message: 'give a PDF path like "files/name.pdf" under content/documents/' }).optional(),
    /** Where to read it online. */
    url: httpUrl().optional(),
    /** Documents the facts come from. */
    sources: sources(),
  });

export type DocumentData = z.output<ReturnType<typeof documentSchema>>;
