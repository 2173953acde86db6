/**
 * The components an MDX body may use render as accessible HTML on the built fixture site
 * (tests/fixtures/site/projects/progetto-prova.mdx uses each of them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

let project: string;

beforeAll(() => {
  project = readFileSync(join(inject('fixtureSite'), 'progetti/progetto-prova/index.html'), 'utf8');
});

describe('MDX components on a built page', () => {
  it('shows a Callout as a labelled aside whose title is visible, with its text inside', () => {
    expect(project).toContain(
      '<aside class="mdx-callout mdx-callout--warning" aria-label="Dati fittizi"><p class="mdx-callout__title">Dati fittizi</p><p>Le cifre di questa pagina servono solo ai test.</p></aside>',
    );
  });

  it('shows a KeyFigure as a figure captioned with what it counts and its source', () => {
    expect(project).toContain(
      '<figure class="mdx-key-figure"><p class="mdx-key-figure__value">120</p><figcaption>operatori formati <span class="mdx-key-figure__source">Fonte: relazione di prova</span></figcaption></figure>',
    );
  });

  it('shows a Quote as a blockquote attributed in its caption', () => {
    expect(project).toContain('<blockquote><p>Abbiamo imparato a lavorare insieme.</p></blockquote><figcaption>— <cite>un’operatrice del progetto</cite></figcaption>');
  });

  it('shows the same components on the English page, whose body stays in Italian', () => {
    const english = readFileSync(join(inject('fixtureSite'), 'en/projects/progetto-prova/index.html'), 'utf8');
    expect(english).toContain('<p class="mdx-callout__title">Dati fittizi</p>');
  });
});
