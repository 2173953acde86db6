/**
 * A small catalogue made in code for unit tests: entries go through the real schemas (with
 * `plainRef`), so defaults and references look as they do on the site.
 */
import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { catalogOf } from '../../src/lib/content/to-catalog.ts';
import { plainRef } from '../../src/schemas/common.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { fundSchema, taxonomyTermSchema } from '../../src/schemas/taxonomy.ts';
import { territorySchema } from '../../src/schemas/territory.ts';

type Raw = Record<string, unknown>;

export interface RawCatalog {
  projects?: Record<string, Raw>;
  practices?: Record<string, Raw>;
  partners?: Record<string, Raw>;
  territories?: Record<string, Raw>;
  documents?: Record<string, Raw>;
  themes?: Raw[];
  targetGroups?: Raw[];
  funds?: Raw[];
}

const SOURCES = [{ title: 'Scheda di prova' }];

/** A practice with every required field filled; `fields` replace or add to them. */
export function rawPractice(fields: Raw = {}): Raw {
  return {
    title: 'Pratica',
    summary: 'Una pratica.',
    project: 'progetto',
    territories: ['italia'],
    themes: ['casa'],
    targetGroups: ['migranti'],
    interventionTypes: ['formazione'],
    evidence: { level: 'declared', note: 'Solo attività previste.' },
    sources: SOURCES,
    lastReviewed: '2026-01-01',
    ...fields,
  };
}

export function rawProject(fields: Raw = {}): Raw {
  return { title: 'Progetto', summary: 'Un progetto.', territories: ['italia'], sources: SOURCES, ...fields };
}

export function rawPartner(fields: Raw = {}): Raw {
  return { name: 'Ente', kind: 'third-sector', sources: SOURCES, ...fields };
}

export function rawDocument(fields: Raw = {}): Raw {
  return { title: 'Documento', project: 'progetto', kind: 'report', sources: SOURCES, ...fields };
}

export function makeCatalog(raw: RawCatalog): Catalog {
  const entries = <T>(items: Record<string, Raw> | undefined, parse: (value: Raw) => T) =>
    Object.entries(items ?? {}).map(([id, value]) => ({ id, data: parse(value) }));
  return buildCatalog({
    projects: entries(raw.projects ?? { progetto: rawProject() }, (v) => projectSchema(plainRef).parse(v)),
    practices: entries(raw.practices, (v) => practiceSchema(plainRef).parse(v)),
    partners: entries(raw.partners, (v) => partnerSchema(plainRef).parse(v)),
    territories: entries(raw.territories ?? { italia: { name: 'Italia', nameEn: 'Italy', kind: 'country' } }, (v) => territorySchema(plainRef).parse(v)),
    documents: entries(raw.documents, (v) => documentSchema(plainRef).parse(v)),
    themes: (raw.themes ?? [{ id: 'casa', label: { it: 'Casa', en: 'Housing' } }]).map((v) => taxonomyTermSchema().parse(v)),
    targetGroups: (raw.targetGroups ?? [{ id: 'migranti', label: { it: 'Migranti', en: 'Migrants' } }]).map((v) => taxonomyTermSchema().parse(v)),
    interventionTypes: [taxonomyTermSchema().parse({ id: 'formazione', label: { it: 'Formazione', en: 'Training' } })],
    funds: (raw.funds ?? []).map((v) => fundSchema().parse(v)),
  });
}

/** Checks a content tree on disk and builds the catalogue from its valid entries, as the site does. */
export function catalogOfTree(dir: string, today = '2026-11-23'): Catalog {
  const result = checkContent(dir, { today, displayRoot: dir });
  if (result.errors) throw new Error(`test tree has ${result.errors} error(s): ${JSON.stringify(result.problems)}`);
  return catalogOf(result.entries);
}
