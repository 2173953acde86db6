/**
 * Practices: the approaches a project documented, described the way a practitioner asks
 * about them: what was done, for whom, what came of it and how we know, whom to ask.
 */
import { z } from 'astro/zod';
import { contact, partialDate, period, result, sources, type RefFactory } from './common.ts';

export const EVIDENCE_LEVELS = ['declared', 'monitored', 'evaluated', 'independently-evaluated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const REGULAR_SERVICE_STATUSES = ['yes', 'partly', 'no', 'unknown'] as const;

export const practiceSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Name of the practice; descriptive when the source gives none (then set `titleIsDescriptive`). */
    title: z.string().min(1),
    /** True when the title is ours, written because the source names no practice. */
    titleIsDescriptive: z.boolean().default(false),
    /** Two or three sentences: what was done, for whom. */
    summary: z.string().min(1),
    /** The same summary in English. */
    summaryEn: z.string().min(1).optional(),
    /** Project the practice comes from. */
    project: ref('projects'),
    /** Territories where it was carried out. */
    territories: z.array(ref('territories')).min(1, { message: 'name at least one territory where the practice took place' }),
    /** Themes (ids from content/taxonomies/themes.yaml). */
    themes: z.array(ref('themes')).min(1, { message: 'choose at least one theme' }),
    /** Target groups (ids from content/taxonomies/target-groups.yaml). */
    targetGroups: z.array(ref('targetGroups')).min(1, { message: 'choose at least one target group' }),
    /** Intervention types (ids from content/taxonomies/intervention-types.yaml). */
    interventionTypes: z.array(ref('interventionTypes')).min(1, { message: 'choose at least one intervention type' }),
    /** Organisations that carried it out. */
    partners: z.array(ref('partners')).default([]),
    /** Administrations or organisations whose staff or users took part without carrying it out. */
    involved: z.array(ref('partners')).default([]),
    /** Who can take part: the access conditions the source sets, in your words. */
    recipients: z.string().min(1).optional(),
    /** Who designed it together with the promoters (migrant associations, Roma and Sinti organisations, service users) and how. */
    coDesign: z
      .array(
        z.strictObject({
          /** The organisation, when it is a partner in the catalogue. */
          partner: ref('partners').optional(),
          /** Who took part, in words, when not a single catalogued organisation (e.g. "associazioni di immigrati locali"). */
          who: z.string().min(1).optional(),
          /** Their role: what they decided, proposed or carried out. */
          role: z.string().min(1),
        }).refine((entry) => entry.partner !== undefined || entry.who !== undefined, {
          message: 'say who co-designed: give `partner` (an id) or `who` (in words)',
        }),
      )
      .default([]),
    /** When it ran. */
    period: period().optional(),
    /** How much we know about whether it works. */
    evidence: z.strictObject({
      /**
       * declared: only the promoters' plans or claims; monitored: activity data collected;
       * evaluated: an evaluation of outcomes exists; independently-evaluated: by a third party.
       */
      level: z.enum(EVIDENCE_LEVELS),
      /** What the level rests on, in a sentence. */
      note: z.string().min(1),
    }),
    /** Results it set out to reach (plans, not outcomes). */
    expectedResults: z.array(result()).default([]),
    /** Results a source reports as reached, with how we know. */
    achievedResults: z.array(result()).default([]),
    /** What did not work or proved hard, as reported by a source. */
    whatDidNotWork: z.array(z.string().min(1)).default([]),
    /** What another territory needs to adopt it. */
    transferability: z
      .strictObject({
        /** Conditions for transfer, one per item. */
        conditions: z.array(z.string().min(1)).default([]),
        /** Anything else to know. */
        note: z.string().min(1).optional(),
      })
      .optional(),
    /** Whether it became a regular service after the project. */
    regularService: z
      .strictObject({
        status: z.enum(REGULAR_SERVICE_STATUSES),
        note: z.string().min(1).optional(),
      })
      .default({ status: 'unknown' }),
    /** Documents produced or used by the practice. */
    documents: z.array(ref('documents')).default([]),
    /** Whom to ask, as published by a source. */
    contacts: z.array(contact()).default([]),
    /** Documents the facts come from. */
    sources: sources(),
    /** When an editor last checked this entry against its sources. */
    lastReviewed: partialDate(),
  });

export type PracticeData = z.output<ReturnType<typeof practiceSchema>>;
