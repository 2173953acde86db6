/** Documents: deliverables, reports, tools and materials a project produced. The body is the abstract. */
import { z } from 'astro/zod';
import { httpUrl, LIMITS, partialDate, sources, text, type RefFactory } from './common.ts';

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
    title: text(LIMITS.label).describe('Title as the source lists it; descriptive when the source gives none (then set `titleIsDescriptive`).'),
    titleIsDescriptive: z.boolean().default(false).describe('True when the title is ours.'),
    project: ref('projects').describe('Project that produced it.'),
    workPackage: text(LIMITS.label).optional().describe('Work package code, e.g. "WP 1".'),
    task: text(LIMITS.label).optional().describe('Task code, e.g. "1.1".'),
    number: z.number().int().positive().optional().describe('Position in the source\'s list of documents.'),
    kind: z.enum(DOCUMENT_KINDS).describe('What kind of document it is.'),
    date: partialDate().optional().describe('When it was issued, at the precision known.'),
    language: z.string().regex(/^[a-z]{2}$/).default('it').describe('Language as an ISO 639-1 code.'),
    file: z.string().regex(/^files\/[\w.-]+\.pdf$/, { message: 'give a PDF path like "files/name.pdf" under content/documents/' }).optional().describe('A PDF under content/documents/files/, e.g. "files/temario.pdf".'),
    url: httpUrl().optional().describe('Where to read it online.'),
    sources: sources().describe('Documents the facts come from.'),
  });

export type DocumentData = z.output<ReturnType<typeof documentSchema>>;
