/** Partners: every organisation named by a source (leads, partners, funders, managing bodies). */
import { z } from 'astro/zod';
import { httpUrl, sources, type RefFactory } from './common.ts';

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
    /** Full name as the organisation uses it. */
    name: z.string().min(1),
    /** Short name or acronym, e.g. "UNAR", "CSV Lazio". */
    shortName: z.string().min(1).optional(),
    /** What kind of organisation it is. */
    kind: z.enum(PARTNER_KINDS),
    /** Where it is based: the most precise territory known (usually its town). */
    territory: ref('territories').optional(),
    /** Official website. */
    website: httpUrl().optional(),
    /** One sentence on who they are, in Italian. */
    summary: z.string().min(1).optional(),
    /** Sources naming the organisation. */
    sources: sources(),
  });

export type PartnerData = z.output<ReturnType<typeof partnerSchema>>;
