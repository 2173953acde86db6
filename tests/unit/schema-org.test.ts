/**
 * The schema.org descriptions of entries: the right type for each kind, identifiers and
 * coordinates only when the content has them, dates at the precision the source gives, and
 * text that cannot break out of its script element.
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  documentJsonLd,
  jsonLdScript,
  partnerJsonLd,
  practiceJsonLd,
  projectJsonLd,
  territoryJsonLd,
  themeJsonLd,
  type JsonLdNode,
  type LinkedDataContext,
} from '../../src/lib/linked-data/schema-org.ts';
import { DOCUMENT_KINDS } from '../../src/schemas/document.ts';
import { PARTNER_KINDS } from '../../src/schemas/partner.ts';
import { makeCatalog, rawDocument, rawPartner, rawPractice, rawProject } from '../support/catalog-builder.ts';

const SITE = 'https://atlante.example';

const territories = {
  italia: { name: 'Italia', nameEn: 'Italy', kind: 'country' },
  sicilia: { name: 'Sicilia', nameEn: 'Sicily', kind: 'region', istat: '19', parent: 'italia' },
  palermo: { name: 'Palermo', kind: 'municipality', istat: '082053', parent: 'sicilia', coordinates: { lat: 38.1157, lon: 13.3615 } },
  distretto: { name: 'Distretto socio-sanitario 1', kind: 'health-district', parent: 'sicilia' },
};

const catalog = makeCatalog({
  territories,
  funds: [{ id: 'fami', label: { it: 'FAMI', en: 'AMIF' }, website: 'https://fami.example/' }],
  partners: {
    ...Object.fromEntries(PARTNER_KINDS.map((kind) => [`p-${kind}`, rawPartner({ name: `Ente ${kind}`, kind })])),
    alfa: rawPartner({ name: 'Ente Alfa', shortName: 'Alfa', territory: 'palermo', website: 'https://alfa.example/', summary: 'Chi sono.' }),
  },
  projects: {
    progetto: rawProject({
      title: 'Progetto completo',
      acronym: 'PC',
      summaryEn: 'A complete project.',
      fund: 'fami',
      projectCode: '2740',
      website: 'https://progetto.example/',
      lead: 'alfa',
      partners: [
        { partner: 'p-region', role: 'funder' },
        { partner: 'p-municipality', role: 'beneficiary', note: 'Ospita gli sportelli.' },
      ],
      territories: ['palermo', 'sicilia'],
      period: { start: '2019', end: '2021-06' },
      themes: ['casa'],
    }),
    nudo: rawProject({ title: 'Progetto senza dettagli' }),
  },
  documents: {
    ...Object.fromEntries(DOCUMENT_KINDS.map((kind) => [`d-${kind}`, rawDocument({ kind })])),
    pdf: rawDocument({ title: 'Con file', date: '2021-07-02', file: 'files/rapporto.pdf', url: 'https://doc.example/r', language: 'en' }),
  },
  practices: {
    pratica: rawPractice({
      title: 'Pratica completa',
      project: 'progetto',
      territories: ['palermo'],
      partners: ['alfa'],
      period: { start: '2020-03' },
      documents: ['pdf'],
      lastReviewed: '2026-11',
      sources: [{ title: 'Rapporto', publisher: 'Ente Alfa', url: 'https://fonte.example/', date: '2022' }],
    }),
  },
});

const ctx = (locale: 'it' | 'en' = 'it'): LinkedDataContext => ({ catalog, site: SITE, locale });
const get = <T>(map: ReadonlyMap<string, T>, id: string): T => map.get(id) ?? expect.unreachable(`no ${id}`);

/** Every value in the tree, to check that no field is emitted empty. */
function emptyFields(value: unknown, path = '$'): string[] {
  if (value === undefined || value === null || value === '') return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => emptyFields(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptyFields(v, `${path}.${k}`));
  return [];
}

/** Expands with a real JSON-LD processor that may not fetch anything. */
const expand = (doc: JsonLdNode) =>
  jsonld.expand(doc as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      throw new Error(`the JSON-LD asked to load ${url}`);
    },
  });

describe('partners', () => {
  it('types public bodies as government, the third sector as NGO, and the rest by what they are', () => {
    const typeOf = (kind: (typeof PARTNER_KINDS)[number]) => partnerJsonLd(ctx(), get(catalog.partners, `p-${kind}`))['@type'];
    for (const kind of ['ministry', 'national-agency', 'region', 'municipality', 'metropolitan-city'] as const) expect(typeOf(kind), kind).toBe('GovernmentOrganization');
    for (const kind of ['third-sector', 'migrant-association', 'volunteer-service-centre', 'foundation'] as const) expect(typeOf(kind), kind).toBe('NGO');
    expect(typeOf('university')).toBe('CollegeOrUniversity');
    expect(typeOf('company')).toBe('Corporation');
    expect(typeOf('network')).toBe('Organization');
    for (const kind of PARTNER_KINDS) expect(typeOf(kind), kind).toMatch(/Organization$|^NGO$|^CollegeOrUniversity$|^Corporation$/);
  });

  it('names where it is based, its website and the projects it takes part in with its role', () => {
    const alfa = partnerJsonLd(ctx(), get(catalog.partners, 'alfa'));
    expect(alfa).toMatchObject({
      '@id': `${SITE}/partner/alfa/#id`,
      alternateName: 'Alfa',
      sameAs: 'https://alfa.example/',
      location: { '@id': `${SITE}/territori/palermo/#id`, '@type': 'City' },
      memberOf: [{ '@type': 'OrganizationRole', roleName: 'Capofila', memberOf: { '@id': `${SITE}/progetti/progetto/#id`, '@type': 'Project' } }],
    });
    expect(partnerJsonLd(ctx('en'), get(catalog.partners, 'alfa'))).toMatchObject({ url: `${SITE}/en/partners/alfa/`, memberOf: [{ roleName: 'Lead partner' }] });
    const bare = partnerJsonLd(ctx(), get(catalog.partners, 'p-company'));
    expect(bare).not.toHaveProperty('location');
    expect(bare).not.toHaveProperty('sameAs');
    expect(bare).not.toHaveProperty('memberOf');
  });
});

describe('territories', () => {
  it('types places by level, with the ISTAT code as identifier and the parent as containing place', () => {
    const palermo = territoryJsonLd(ctx(), get(catalog.territories, 'palermo'));
    expect(palermo).toMatchObject({
      '@type': 'City',
      identifier: { '@type': 'PropertyValue', propertyID: 'ISTAT', value: '082053' },
      geo: { '@type': 'GeoCoordinates', latitude: 38.1157, longitude: 13.3615 },
      containedInPlace: { '@id': `${SITE}/territori/sicilia/#id`, '@type': 'State' },
    });
    expect(territoryJsonLd(ctx(), get(catalog.territories, 'sicilia'))).toMatchObject({ '@type': 'State', identifier: { value: '19' } });
    expect(territoryJsonLd(ctx(), get(catalog.territories, 'italia'))['@type']).toBe('Country');
    expect(territoryJsonLd(ctx(), get(catalog.territories, 'distretto'))['@type']).toBe('AdministrativeArea');
  });

  it('gives geo coordinates and an identifier only when the content has them', () => {
    for (const id of ['italia', 'distretto']) {
      const place = territoryJsonLd(ctx(), get(catalog.territories, id));
      expect(place).not.toHaveProperty('identifier');
    }
    expect(territoryJsonLd(ctx(), get(catalog.territories, 'sicilia'))).not.toHaveProperty('geo');
    expect(territoryJsonLd(ctx(), get(catalog.territories, 'italia'))).not.toHaveProperty('containedInPlace');
  });

  it('names the place in the page language and keeps the other names as alternates', () => {
    expect(territoryJsonLd(ctx('en'), get(catalog.territories, 'sicilia'))).toMatchObject({ name: 'Sicily', alternateName: ['Sicilia'], url: `${SITE}/en/territories/sicilia/` });
    expect(territoryJsonLd(ctx('it'), get(catalog.territories, 'sicilia'))).toMatchObject({ name: 'Sicilia', alternateName: ['Sicily'], '@id': `${SITE}/territori/sicilia/#id` });
  });

  it('lists the places it contains', () => {
    expect(territoryJsonLd(ctx(), get(catalog.territories, 'sicilia')).containsPlace).toEqual([
      expect.objectContaining({ '@id': `${SITE}/territori/palermo/#id` }),
      expect.objectContaining({ '@id': `${SITE}/territori/distretto/#id` }),
    ]);
  });
});

describe('projects', () => {
  const full = projectJsonLd(ctx(), get(catalog.projects, 'progetto'));

  it('is a Project with its fund and funding partners as funders, partners as members with roles, territories served', () => {
    expect(full).toMatchObject({
      '@type': 'Project',
      '@id': `${SITE}/progetti/progetto/#id`,
      name: 'Progetto completo',
      alternateName: 'PC',
      identifier: '2740',
      sameAs: 'https://progetto.example/',
      funder: [{ '@type': 'Organization', name: 'FAMI', url: 'https://fami.example/' }, { '@id': `${SITE}/partner/p-region/#id`, '@type': 'GovernmentOrganization' }],
      member: [
        { '@type': 'OrganizationRole', roleName: 'Capofila', member: { '@id': `${SITE}/partner/alfa/#id`, '@type': 'NGO' } },
        { roleName: 'Finanziatore', member: { '@id': `${SITE}/partner/p-region/#id` } },
        { roleName: 'Amministrazione coinvolta', description: 'Ospita gli sportelli.' },
      ],
      areaServed: [{ '@type': 'City', name: 'Palermo' }, { '@type': 'State', name: 'Sicilia' }],
    });
  });

  it('writes start and end dates at the precision the source gives', () => {
    expect(full.startDate).toBe('2019');
    expect(full.endDate).toBe('2021-06');
  });

  it('uses the English summary and labels on the English page, with the same @id', () => {
    const en = projectJsonLd(ctx('en'), get(catalog.projects, 'progetto'));
    expect(en).toMatchObject({ '@id': full['@id'], description: 'A complete project.', url: `${SITE}/en/projects/progetto/`, funder: [{ name: 'AMIF' }, {}] });
  });

  it('leaves out every field the content does not know', () => {
    const bare = projectJsonLd(ctx(), get(catalog.projects, 'nudo'));
    for (const field of ['alternateName', 'identifier', 'sameAs', 'funder', 'member', 'startDate', 'endDate', 'knowsAbout']) expect(bare, field).not.toHaveProperty(field);
  });
});

describe('documents', () => {
  it('makes reports and deliverables Reports, training material a LearningResource, a website a WebSite, the rest CreativeWork', () => {
    const types = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, documentJsonLd(ctx(), get(catalog.documents, `d-${kind}`))['@type']]));
    expect(types).toEqual({
      deliverable: 'Report',
      report: 'Report',
      tool: 'CreativeWork',
      questionnaire: 'CreativeWork',
      'training-material': 'LearningResource',
      guideline: 'CreativeWork',
      website: 'WebSite',
    });
  });

  it('gives the project as creator, the date at its precision, the PDF as encoding and the online copy as sameAs', () => {
    expect(documentJsonLd(ctx(), get(catalog.documents, 'pdf'))).toMatchObject({
      creator: { '@id': `${SITE}/progetti/progetto/#id`, '@type': 'Project' },
      datePublished: '2021-07-02',
      inLanguage: 'en',
      encoding: { '@type': 'MediaObject', contentUrl: `${SITE}/documenti/files/rapporto.pdf`, encodingFormat: 'application/pdf' },
      sameAs: 'https://doc.example/r',
    });
    const bare = documentJsonLd(ctx(), get(catalog.documents, 'd-report'));
    for (const field of ['datePublished', 'encoding', 'sameAs']) expect(bare, field).not.toHaveProperty(field);
  });
});

describe('practices', () => {
  const practice = practiceJsonLd(ctx(), get(catalog.practices, 'pratica'));

  it('is a CreativeWork about its themes, covering its places, by its project, based on its sources', () => {
    expect(practice).toMatchObject({
      '@type': 'CreativeWork',
      inLanguage: 'it',
      dateModified: '2026-11',
      temporalCoverage: '2020-03/..',
      creator: { '@id': `${SITE}/progetti/progetto/#id` },
      contributor: [{ '@id': `${SITE}/partner/alfa/#id` }],
      about: [{ '@type': 'DefinedTerm', termCode: 'casa', name: 'Casa' }],
      audience: [{ '@type': 'Audience', audienceType: 'Migranti' }],
      spatialCoverage: [{ '@id': `${SITE}/territori/palermo/#id`, '@type': 'City' }],
      citation: [{ '@id': `${SITE}/documenti/pdf/#id`, '@type': 'Report' }],
      isBasedOn: [{ '@type': 'CreativeWork', name: 'Rapporto', url: 'https://fonte.example/', datePublished: '2022', publisher: { '@type': 'Organization', name: 'Ente Alfa' } }],
    });
  });

  it('leaves out the temporal coverage when the period is unknown', () => {
    const other = makeCatalog({ practices: { p: rawPractice() } });
    expect(practiceJsonLd({ catalog: other, site: SITE, locale: 'it' }, get(other.practices, 'p'))).not.toHaveProperty('temporalCoverage');
  });
});

describe('every description', () => {
  const all = [
    ...[...catalog.projects.values()].map((p) => projectJsonLd(ctx(), p)),
    ...[...catalog.partners.values()].map((p) => partnerJsonLd(ctx('en'), p)),
    ...[...catalog.territories.values()].map((p) => territoryJsonLd(ctx(), p)),
    ...[...catalog.documents.values()].map((p) => documentJsonLd(ctx(), p)),
    ...[...catalog.practices.values()].map((p) => practiceJsonLd(ctx('en'), p)),
    ...[...catalog.taxonomies.themes.values()].map((p) => themeJsonLd(ctx(), p)),
  ];

  it('emits no field without a value', () => {
    expect(all.flatMap((doc) => emptyFields(doc))).toEqual([]);
  });

  it('expands with a JSON-LD processor, without fetching a context, into schema.org terms and IRIs', async () => {
    for (const doc of all) {
      const [expanded] = await expand(doc);
      expect(expanded!['@type']![0]).toMatch(/^https:\/\/schema\.org\/[A-Z]\w+$/);
    }
    const [project] = await expand(projectJsonLd(ctx(), get(catalog.projects, 'progetto')));
    expect(project!['@id']).toBe(`${SITE}/progetti/progetto/#id`);
    expect(project!['https://schema.org/url']).toEqual([{ '@id': `${SITE}/progetti/progetto/` }]);
    expect(project!['https://schema.org/startDate']).toEqual([{ '@value': '2019' }]);
  });
});

describe('the script text', () => {
  it('cannot close its script element or open a comment, and parses back to the same data', () => {
    const data: JsonLdNode = { name: 'A </script><script>alert(1)</script> <!-- & -->', note: 'line\u2028separator' };
    const text = jsonLdScript(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
