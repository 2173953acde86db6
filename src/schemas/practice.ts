/**
 * Practices: the approaches a project documented, described the way a practitioner asks
 * about them: what was done, for whom, what came of it and how we know, whom to ask.
 */
import { z } from 'astro/zod';
import { contact, LIMITS, partialDate, period, result, sources, text, type RefFactory } from './common.ts';

export const EVIDENCE_LEVELS = ['declared', 'monitored', 'evaluated', 'independently-evaluated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const REGULAR_SERVICE_STATUSES = ['yes', 'partly', 'no', 'unknown'] as const;

export const practiceSchema = (ref: RefFactory) =>
  z.strictObject({
    title: text(LIMITS.label).describe('Name of the practice; descriptive when the source gives none (then set `titleIsDescriptive`).'),
    titleIsDescriptive: z.boolean().default(false).describe('True when the title is ours, written because the source names no practice.'),
    summary: text(LIMITS.summary).describe('Two or three sentences: what was done, for whom.'),
    summaryEn: text(LIMITS.summary).optional().describe('The same summary in English.'),
    project: ref('projects').describe('Project the practice comes from.'),
    territories: z.array(ref('territories')).min(1, { message: 'name at least one territory where the practice took place' }).describe('Territories where it was carried out.'),
    themes: z.array(ref('themes')).min(1, { message: 'choose at least one theme' }).describe('Themes (ids from content/taxonomies/themes.yaml).'),
    targetGroups: z.array(ref('targetGroups')).min(1, { message: 'choose at least one target group' }).describe('Target groups (ids from content/taxonomies/target-groups.yaml).'),
    interventionTypes: z.array(ref('interventionTypes')).min(1, { message: 'choose at least one intervention type' }).describe('Intervention types (ids from content/taxonomies/intervention-types.yaml).'),
    partners: z.array(ref('partners')).default([]).describe('Organisations that carried it out.'),
    involved: z.array(ref('partners')).default([]).describe('Administrations or organisations whose staff or users took part without carrying it out.'),
    recipients: text(LIMITS.text).optional().describe('Who can take part: the access conditions the source sets, in your words.'),
    coDesign: z
      .array(
        z.strictObject({
          partner: ref('partners').optional().describe('The organisation, when it is a partner in the catalogue.'),
          who: text(LIMITS.text).optional().describe('Who took part, in words, when not a single catalogued organisation (e.g. "associazioni di immigrati locali").'),
          role: text(LIMITS.label).describe('Their role: what they decided, proposed or carried out.'),
        }).refine((entry) => entry.partner !== undefined || entry.who !== undefined, {
          message: 'say who co-designed: give `partner` (an id) or `who` (in words)',
        }),
      )
      .default([]).describe('Who designed it together with the promoters (migrant associations, Roma and Sinti organisations, service users) and how.'),
    period: period().optional().describe('When it ran.'),
    evidence: z.strictObject({
      level: z.enum(EVIDENCE_LEVELS).describe('declared: only the promoters\' plans or claims; monitored: activity data collected; evaluated: an evaluation of outcomes exists; independently-evaluated: by a third party.'),
      note: text(LIMITS.text).describe('What the level rests on, in a sentence.'),
    }).describe('How much we know about whether it works.'),
    expectedResults: z.array(result()).default([]).describe('Results it set out to reach (plans, not outcomes).'),
    achievedResults: z.array(result()).default([]).describe('Results a source reports as reached, with how we know.'),
    whatDidNotWork: z.array(text(LIMITS.text)).default([]).describe('What did not work or proved hard, as reported by a source.'),
    transferability: z
      .strictObject({
        conditions: z.array(text(LIMITS.text)).default([]).describe('Conditions for transfer, one per item.'),
        note: text(LIMITS.text).optional().describe('Anything else to know.'),
      })
      .optional().describe('What another territory needs to adopt it.'),
    regularService: z
      .strictObject({
        status: z.enum(REGULAR_SERVICE_STATUSES),
        note: text(LIMITS.text).optional(),
      })
      .default({ status: 'unknown' }).describe('Whether it became a regular service after the project.'),
    documents: z.array(ref('documents')).default([]).describe('Documents produced or used by the practice.'),
    contacts: z.array(contact()).default([]).describe('Whom to ask, as published by a source.'),
    sources: sources().describe('Documents the facts come from.'),
    lastReviewed: partialDate().describe('When an editor last checked this entry against its sources.'),
  });

export type PracticeData = z.output<ReturnType<typeof practiceSchema>>;
