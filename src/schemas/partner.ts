/** Partners: every organisation named by a source (leads, partners, funders, managing bodies). */
import { z } from 'astro/zod';
import { httpUrl, LIMITS, sources, text, type RefFactory } from './common.ts';

export const PARTNER_KINDS = [
  'ministry',
  'national-agency',
  'region',
  'municipality',
  'metropolitan-city',
  'university',
  'third-sector',
  'migrant-association',
  'volunteer-service-centre',
  'professional-order',
  'foundation',
  'company',
  'network',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const partnerSchema = (ref: RefFactory) =>
  z.strictObject({
    name: text(LIMITS.label).describe('Full name as the organisation uses it.'),
    shortName: text(LIMITS.label).optional().describe('Short name or acronym, e.g. "UNAR", "CSV Lazio".'),
    kind: z.enum(PARTNER_KINDS).describe('What kind of organisation it is.'),
    territory: ref('territories').optional().describe('Where it is based: the most precise territory known (usually its town).'),
    website: httpUrl().optional().describe('Official website.'),
    summary: text(LIMITS.summary).optional().describe('One sentence on who they are, in Italian.'),
    sources: sources().describe('Sources naming the organisation.'),
  });

export type PartnerData = z.output<ReturnType<typeof partnerSchema>>;
