/**
 * Builds the small fixture site with the real build script and reads its HTML the way a
 * visitor would follow it: every entry has a page in both languages, every relation is
 * linked both ways, no internal link is broken.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, linksOf, readPages, resolves } from '../support/build-site.ts';

let outDir: string;
let pages: Map<string, string>;
const page = (url: string) => {
  const html = pages.get(url);
  if (!html) throw new Error(`no page at ${url}`);
  return html;
};

beforeAll(() => {
  outDir = inject('fixtureSite');
  pages = readPages(outDir);
});

describe('fixture site build', () => {
  it('gives every entry a page in Italian and in English', () => {
    for (const [it, en] of [
      ['/pratiche/pratica-casa/', '/en/practices/pratica-casa/'],
      ['/pratiche/pratica-lavoro/', '/en/practices/pratica-lavoro/'],
      ['/progetti/progetto-prova/', '/en/projects/progetto-prova/'],
      ['/territori/palermo/', '/en/territories/palermo/'],
      ['/partner/ente-alfa/', '/en/partners/ente-alfa/'],
      ['/documenti/documento-prova/', '/en/documents/documento-prova/'],
      ['/temi/casa/', '/en/themes/casa/'],
      ['/', '/en/'],
    ]) {
      expect(page(it!)).toContain('<html lang="it"');
      expect(page(en!)).toContain('<html lang="en"');
      expect(page(it!)).toContain(`hreflang="en" href="http://localhost:4321${en}"`);
    }
  });

  it('offers a contribute page in both languages, linked from every page, with the review checklist and evidence levels', () => {
    expect(linksOf(page('/pratiche/pratica-casa/'))).toContain('/contribuisci/');
    expect(linksOf(page('/en/practices/pratica-casa/'))).toContain('/en/contribute/');
    const contribute = page('/contribuisci/');
    expect(contribute).toContain('npm run new');
    expect(contribute).toContain('Valutato in modo indipendente');
    expect(page('/en/contribute/')).toContain('What reviewers check');
  });

  it('links a project and its practices, partners, territories and documents both ways', () => {
    const project = page('/progetti/progetto-prova/');
    expect(linksOf(project)).toEqual(expect.arrayContaining(['/pratiche/pratica-casa/', '/pratiche/pratica-lavoro/', '/partner/ente-alfa/', '/partner/comune-beta/', '/territori/palermo/', '/documenti/documento-prova/']));
    expect(linksOf(page('/pratiche/pratica-casa/'))).toContain('/progetti/progetto-prova/');
    expect(linksOf(page('/partner/comune-beta/'))).toContain('/progetti/progetto-prova/');
    expect(linksOf(page('/documenti/documento-prova/'))).toEqual(expect.arrayContaining(['/progetti/progetto-prova/', '/pratiche/pratica-casa/']));
    expect(linksOf(page('/pratiche/pratica-casa/'))).toContain('/documenti/documento-prova/');
  });

  it('lists on a region the practices, projects and partners of its sub-territories', () => {
    const sicily = linksOf(page('/territori/sicilia/'));
    expect(sicily).toEqual(expect.arrayContaining(['/pratiche/pratica-casa/', '/progetti/progetto-prova/', '/partner/ente-alfa/']));
    expect(sicily).not.toContain('/pratiche/pratica-lavoro/');
    expect(linksOf(page('/territori/italia/'))).toEqual(expect.arrayContaining(['/pratiche/pratica-casa/', '/pratiche/pratica-lavoro/']));
    expect(page('/territori/palermo/')).toMatch(/Sicilia<\/a>.*Città metropolitana di Palermo<\/a>/s);
  });

  it('shows a practice with its partner, related practice, evidence and results kept apart', () => {
    const practice = page('/pratiche/pratica-casa/');
    expect(linksOf(practice)).toEqual(expect.arrayContaining(['/partner/ente-alfa/', '/pratiche/pratica-lavoro/', '/temi/casa/']));
    expect(linksOf(page('/partner/ente-alfa/'))).toContain('/pratiche/pratica-casa/');
    expect(linksOf(page('/partner/comune-beta/'))).toContain('/pratiche/pratica-lavoro/');
    expect(page('/pratiche/pratica-lavoro/')).toMatch(/Amministrazioni e organizzazioni coinvolte<\/dt>\s*<dd><a href="\/partner\/comune-beta\/">/);
    expect(page('/pratiche/pratica-lavoro/')).toContain('Chi può partecipare');
    expect(practice).toContain('Livello di evidenza: Dichiarato');
    expect(practice).toMatch(/Risultati attesi<\/h2>\s*<ul><li>Alloggi trovati/);
    expect(practice).toContain('Nessuna fonte riporta ancora risultati raggiunti.');
    expect(page('/pratiche/pratica-lavoro/')).toContain('Un risultato raggiunto di prova.');
    expect(page('/en/practices/pratica-casa/')).toContain('Level of evidence: Declared');
  });

  it('writes periods and dates at the precision the source gives', () => {
    expect(page('/progetti/progetto-prova/')).toContain('2019 – giugno 2021');
    expect(page('/en/projects/progetto-prova/')).toContain('2019 – June 2021');
    expect(page('/pratiche/pratica-casa/')).toContain('23 novembre 2026');
  });

  it('groups listings and offers static alternative views', () => {
    const byTheme = page('/pratiche/');
    expect(byTheme).toMatch(/Casa e abitare <span class="muted">\(2\)<\/span>/);
    expect(page('/pratiche/vista/regione/')).toMatch(/Sicilia <span class="muted">\(1\)<\/span>/);
    expect(page('/en/practices/view/region/')).toMatch(/Sicily <span class="muted">\(1\)<\/span>/);
    expect(linksOf(byTheme)).toContain('/pratiche/vista/data/');
  });

  it('has no broken internal link on any page', () => {
    const broken: string[] = [];
    for (const [url, html] of pages) {
      for (const href of linksOf(html)) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        if (!resolves(outDir, href)) broken.push(`${url} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('invalid content', () => {
  it('stops the build with the file, the field and a fix, without a stack trace, and leaves dist as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlante-bad-'));
    cpSync('tests/fixtures/site', dir, { recursive: true });
    const file = join(dir, 'practices/pratica-casa.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('territories: [palermo]', 'territories: [palremo]'));
    const outDir = join(mkdtempSync(join(tmpdir(), 'atlante-out-')), 'dist');
    const run = buildSite(dir, outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('practices/pratica-casa.mdx:5:');
    expect(run.stderr).toContain('territories[0]  `palremo` is not an entry of territories  → did you mean `palermo`?');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('a body that does not parse', () => {
  it('stops the build at the file and line of the MDX error, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlante-badmdx-'));
    cpSync('tests/fixtures/site', dir, { recursive: true });
    const file = join(dir, 'practices/pratica-casa.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<div>\n\ntesto non chiuso\n`);
    const outDir = join(mkdtempSync(join(tmpdir(), 'atlante-out-')), 'dist');
    const run = buildSite(dir, outDir);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('Expected a closing tag for `<div>`');
    expect(run.stdout + run.stderr).toMatch(/practices\/pratica-casa\.mdx:\d+:\d+/);
    expect(run.stdout + run.stderr).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+/);
    expect(existsSync(outDir)).toBe(false);
  });
});
