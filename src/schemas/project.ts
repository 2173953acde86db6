/** Projects: one MDX file each; the body holds the narrative description. */
import { z } from 'astro/zod';
import { contact, httpUrl, period, result, sources, type RefFactory } from './common.ts';

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
    /** Code as the source writes it, e.g. "WP 1"; empty for phases the source does not number. */
    code: z.string().min(1).optional(),
    /** Title of the work package or phase. */
    title: z.string().min(1),
    /** Tasks of the work package, in the source's order. */
    tasks: z
      .array(
        z.strictObject({
          /** Code as the source writes it, e.g. "1.2". */
          code: z.string().min(1).optional(),
          /** What the task does. */
          title: z.string().min(1),
        }),
      )
      .default([]),
    /** Activities the source lists under this work package without a task code. */
    activities: z.array(z.string().min(1)).default([]),
  });

export const projectSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Official title, or a descriptive one when the source gives none (then set `titleIsDescriptive`). */
    title: z.string().min(1),
    /** True when the title is ours, written because the source has none. */
    titleIsDescriptive: z.boolean().default(false),
    /** Acronym or short name, e.g. "MI.MAIN", "FRA NOI 2". */
    acronym: z.string().min(1).optional(),
    /** Two or three sentences for listings and search results, in Italian. */
    summary: z.string().min(1),
    /** The same summary in English, for the English site. */
    summaryEn: z.string().min(1).optional(),
    /** Fund that finances the project. */
    fund: ref('funds').optional(),
    /** Objective and action of the fund, e.g. "OS2 – ON3 lett. j Governance dei servizi". */
    fundingLine: z.string().min(1).optional(),
    /** Code the funder gives the project, e.g. "2740". */
    projectCode: z.string().min(1).optional(),
    /** National strategy or programme the project serves. */
    strategy: z.string().min(1).optional(),
    /** Lead organisation (capofila). */
    lead: ref('partners').optional(),
    /** Every organisation taking part, with its role. The lead is listed here too. */
    partners: z
      .array(
        z.strictObject({
          /** The organisation. */
          partner: ref('partners'),
          /** Its role in this project. */
          role: z.enum(PARTNER_ROLES),
          /** What it does in the project, when the source says. */
          note: z.string().min(1).optional(),
          /** True when the source does not state the role and it is our reading of the text (explain in `note`). */
          roleIsInferred: z.boolean().default(false),
        }),
      )
      .default([]),
    /** Territories where the project works. Italy for national scope. */
    territories: z.array(ref('territories')).min(1, { message: 'name at least one territory (use `italia` for national scope)' }),
    /** Scope in words when the source does not name every territory (e.g. "13 regioni, non nominate"). */
    scopeNote: z.string().min(1).optional(),
    /** Who can take part: the access conditions the source sets, in your words. */
    recipients: z.string().min(1).optional(),
    /** When the project runs. */
    period: period().optional(),
    /** Themes, ids from content/taxonomies/themes.yaml. */
    themes: z.array(ref('themes')).default([]),
    /** Target groups, ids from content/taxonomies/target-groups.yaml. */
    targetGroups: z.array(ref('targetGroups')).default([]),
    /** General objectives, one sentence each. */
    generalObjectives: z.array(z.string().min(1)).default([]),
    /** Specific objectives, one sentence each. */
    specificObjectives: z.array(z.string().min(1)).default([]),
    /** Main activities, one per item, when the source lists them outside work packages. */
    activities: z.array(z.string().min(1)).default([]),
    /** Work packages (or phases) and tasks, where the source lists them. */
    workPackages: z.array(workPackage()).default([]),
    /** Results the project set out to reach (plans, not outcomes). */
    expectedResults: z.array(result()).default([]),
    /** Results a source reports as reached. */
    achievedResults: z.array(result()).default([]),
    /** Official website. */
    website: httpUrl().optional(),
    /** Whom to ask, as published by a source. */
    contacts: z.array(contact()).default([]),
    /** Documents the facts come from. */
    sources: sources(),
  });

export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
