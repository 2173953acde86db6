/** Projects: one MDX file each; the body holds the narrative description. */
import { z } from 'astro/zod';
import { contact, httpUrl, LIMITS, period, result, sources, text, type RefFactory } from './common.ts';

export const PARTNER_ROLES = [
  /** Capofila: leads the project and answers to the funder. */
  'lead',
  /** Full partner of the project. */
  'partner',
  /** Local partner in one of the project's territories. */
  'local-partner',
  /** Takes part without being a formal partner (e.g. a public body sharing the aims). */
  'associate',
  /** Commissions the project and steers it (committente). */
  'commissioning-body',
  /** Carries out the project on someone else's behalf (soggetto attuatore). */
  'implementer',
  /** Authority that manages the fund. */
  'managing-authority',
  /** Finances the project. */
  'funder',
  /** Administration whose staff or services the project works with. */
  'beneficiary',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const workPackage = () =>
  z.strictObject({
    code: text(LIMITS.label).optional().describe('Code as the source writes it, e.g. "WP 1"; empty for phases the source does not number.'),
    title: text(LIMITS.label).describe('Title of the work package or phase.'),
    tasks: z
      .array(
        z.strictObject({
          code: text(LIMITS.label).optional().describe('Code as the source writes it, e.g. "1.2".'),
          title: text(LIMITS.label).describe('What the task does.'),
        }),
      )
      .default([]).describe('Tasks of the work package, in the source\'s order.'),
    activities: z.array(text(LIMITS.text)).default([]).describe('Activities the source lists under this work package without a task code.'),
  });

export const projectSchema = (ref: RefFactory) =>
  z.strictObject({
    title: text(LIMITS.label).describe('Official title, or a descriptive one when the source gives none (then set `titleIsDescriptive`).'),
    titleIsDescriptive: z.boolean().default(false).describe('True when the title is ours, written because the source has none.'),
    acronym: text(LIMITS.label).optional().describe('Acronym or short name, e.g. "MI.MAIN", "FRA NOI 2".'),
    summary: text(LIMITS.summary).describe('Two or three sentences for listings and search results, in Italian.'),
    summaryEn: text(LIMITS.summary).optional().describe('The same summary in English, for the English site.'),
    fund: ref('funds').optional().describe('Fund that finances the project.'),
    fundingLine: text(LIMITS.label).optional().describe('Objective and action of the fund, e.g. "OS2 – ON3 lett. j Governance dei servizi".'),
    projectCode: text(LIMITS.label).optional().describe('Code the funder gives the project, e.g. "2740".'),
    strategy: text(LIMITS.text).optional().describe('National strategy or programme the project serves.'),
    lead: ref('partners').optional().describe('Lead organisation (capofila).'),
    partners: z
      .array(
        z.strictObject({
          partner: ref('partners').describe('The organisation.'),
          role: z.enum(PARTNER_ROLES).describe('Its role in this project.'),
          note: text(LIMITS.text).optional().describe('What it does in the project, when the source says.'),
          roleIsInferred: z.boolean().default(false).describe('True when the source does not state the role and it is our reading of the text (explain in `note`).'),
        }),
      )
      .default([]).describe('Every organisation taking part, with its role. The lead is listed here too.'),
    territories: z.array(ref('territories')).min(1, { message: 'name at least one territory (use `italia` for national scope)' }).describe('Territories where the project works. Italy for national scope.'),
    scopeNote: text(LIMITS.text).optional().describe('Scope in words when the source does not name every territory (e.g. "13 regioni, non nominate").'),
    recipients: text(LIMITS.text).optional().describe('Who can take part: the access conditions the source sets, in your words.'),
    period: period().optional().describe('When the project runs.'),
    themes: z.array(ref('themes')).default([]).describe('Themes, ids from content/taxonomies/themes.yaml.'),
    targetGroups: z.array(ref('targetGroups')).default([]).describe('Target groups, ids from content/taxonomies/target-groups.yaml.'),
    generalObjectives: z.array(text(LIMITS.text)).default([]).describe('General objectives, one sentence each.'),
    specificObjectives: z.array(text(LIMITS.text)).default([]).describe('Specific objectives, one sentence each.'),
    activities: z.array(text(LIMITS.text)).default([]).describe('Main activities, one per item, when the source lists them outside work packages.'),
    workPackages: z.array(workPackage()).default([]).describe('Work packages (or phases) and tasks, where the source lists them.'),
    expectedResults: z.array(result()).default([]).describe('Results the project set out to reach (plans, not outcomes).'),
    achievedResults: z.array(result()).default([]).describe('Results a source reports as reached.'),
    website: httpUrl().optional().describe('Official website.'),
    contacts: z.array(contact()).default([]).describe('Whom to ask, as published by a source.'),
    sources: sources().describe('Documents the facts come from.'),
  });

export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
