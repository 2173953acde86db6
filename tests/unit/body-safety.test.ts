/**
 * What an editor is told about the body of an entry: markup that could run code, load another
 * page or restyle the site is refused with its line and a way out; ordinary writing passes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES, MDX_COMPONENTS } from '../../src/components/mdx/allowlist.ts';
import { checkBody } from '../../src/lib/content/body-safety.ts';

/** The body starts on line 5 of the file, after four lines of front matter. */
const BODY_LINE = 5;
const check = (format: 'md' | 'mdx', body: string) => checkBody({ file: `content/practices/prova.${format}`, body, format, bodyLine: BODY_LINE });

/** The single problem of a body whose third line holds the construct under test. */
function onlyProblem(format: 'md' | 'mdx', construct: string) {
  const problems = check(format, `## Che cosa si fa\n\n${construct}\n\nTesto dopo.\n`);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  const [problem] = problems;
  expect(problem).toMatchObject({ severity: 'error', file: `content/practices/prova.${format}`, line: BODY_LINE + 2, field: 'body' });
  return problem!;
}

describe('Markdown bodies (.md)', () => {
  it.each([
    ['<script>alert(1)</script>', /<script>/, /cannot run scripts/],
    ['<iframe src="https://www.youtube.com/embed/x"></iframe>', /<iframe>/, /as a link instead/],
    ['<object data="x.swf"></object>', /<object>/, /as a link instead/],
    ['<embed src="x.swf">', /<embed>/, /as a link instead/],
    ['<style>body { display: none }</style>', /<style>/, /stylesheet/],
    ['<form action="https://x.it"><input name="q"></form>', /<form>/, /link to the form/],
    ['<svg viewBox="0 0 10 10">\n  <circle r="4" />\n</svg>', /<svg>/, /image/],
    ['<meta http-equiv="refresh" content="0; url=https://x.it">', /<meta>/, /comes from the site/],
    ['<marquee>Novità</marquee>', /<marquee>/, /README/],
  ])('refuses the element in %s', (construct, message, fix) => {
    const problem = onlyProblem('md', construct);
    expect(problem.message).toMatch(message);
    expect(problem.fix).toMatch(fix);
  });

  it.each([
    '<a href="https://x.it" onclick="alert(1)">sito</a>',
    '<img src="foto.jpg" alt="" ONERROR="alert(1)">',
    '<details ontoggle="alert(1)"><summary>Più</summary>testo</details>',
  ])('refuses an event attribute in %s, whatever its case', (construct) => {
    const problem = onlyProblem('md', construct);
    expect(problem.message).toMatch(/`on(click|error|toggle)` attribute .* runs code/);
    expect(problem.fix).toBe('remove the attribute: content cannot run scripts');
  });

  it('refuses a style attribute', () => {
    expect(onlyProblem('md', '<span style="color: red">rosso</span>').message).toMatch(/`style` attribute on `<span>`/);
  });

  it.each([
    ['[sito](javascript:alert(1))', /link address "javascript:alert\(1\)" is a javascript: address/],
    ['[sito]( JAVASCRIPT:alert(1))', /javascript: address/],
    ['[sito](jav&#x61;script:alert(1))', /javascript: address/],
    ['[sito](<java\tscript:alert(1)>)', /javascript: address/],
    ['<javascript:alert(1)>', /javascript: address/],
    ['![logo](data:image/svg+xml;base64,PHN2Zz4=)', /image address .* is a data: address/],
    ['[sito][1]\n\n[1]: vbscript:msgbox', /link definition \[1\] .* vbscript: address/],
    ['<a href="jav&#x09;ascript:alert(1)">sito</a>', /`href` on `<a>` is a javascript: address/],
    ['<a href=" JaVaScRiPt:alert(1)">sito</a>', /`href` on `<a>` is a javascript: address/],
    ['<img srcset="a.png 1x, data:image/png;base64,AAAA 2x" alt="">', /`srcset` on `<img>` is a data: address/],
  ])('refuses the unsafe address in %s', (construct, message) => {
    const problems = check('md', `## Titolo\n\n${construct}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.fix).toMatch(/https:\/\//);
    expect(problems[0]!.line).toBe(BODY_LINE + 2 + (construct.startsWith('[sito][1]') ? 2 : 0));
  });

  it('points at the line of the element inside a block of HTML', () => {
    const problems = check('md', 'Testo.\n\n<div>\n<p>Video:</p>\n<iframe src="https://x.it"></iframe>\n</div>\n');
    expect(problems).toMatchObject([{ line: BODY_LINE + 4, column: 1, message: expect.stringMatching(/<iframe>/) }]);
  });

  it('refuses HTML that leaves a quote open, which would turn the text after it into markup', () => {
    const problems = check('md', `<div title='\n\n<p title="' onclick='alert(1)">testo</p>\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: BODY_LINE, message: expect.stringMatching(/leaves a tag, a quote or a comment open/) });
  });

  it('tells the editor that components need an .mdx file', () => {
    const problem = onlyProblem('md', '<Callout type="note">Nota.</Callout>');
    expect(problem.message).toMatch(/`<Callout>` is a component/);
    expect(problem.fix).toMatch(/ends in \.mdx/);
  });

  it('suggests the closest element for a mistyped one', () => {
    expect(onlyProblem('md', 'Un testo <stong>importante</stong>.').fix).toMatch(/did you mean `strong`\?/);
  });

  it('accepts ordinary writing: accents, apostrophes, a < b, code about HTML, links and harmless HTML', () => {
    const body = [
      '## Perché funziona',
      '',
      'L’operatrice dice: "è così". Se a < b e 3 > 2, allora <3 non è un tag; Salute & benessere.',
      '',
      'Il codice `<script>alert(1)</script>` è testo, e anche questo:',
      '',
      '```html',
      '<script>alert(1)</script>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '```',
      '',
      'Vedi <https://www.interno.gov.it>, [la scheda](https://x.it/scheda "Scheda") e www.esempio.it; scrivi a <info@esempio.it>.',
      '',
      '![Logo del progetto](/immagini/logo.png)',
      '',
      'Il <abbr title="Fondo Asilo, Migrazione e Integrazione">FAMI</abbr> ha finanziato 2 000 m<sup>2</sup>.<br>',
      '',
      '<!-- nota per la redazione -->',
      '',
      '<table>',
      '',
      '| Anno | Persone |',
      '|---|---|',
      '| 2020 | 120 |',
      '',
      '</table>',
      '',
      '---',
      '',
      'Data: 12 maggio 2021. [^1]',
      '',
      '[^1]: Fonte: relazione finale.',
    ].join('\n');
    expect(check('md', body)).toEqual([]);
  });
});

describe('MDX bodies (.mdx)', () => {
  it('refuses an import, naming the components available without it', () => {
    const problem = onlyProblem('mdx', "import Mappa from '../../src/components/Mappa.astro'");
    expect(problem.message).toMatch(/imports code/);
    expect(problem.fix).toBe('remove the import: the components allowed in content are available without importing: Callout, KeyFigure, Quote');
  });

  it('refuses each import and export line', () => {
    const problems = check('mdx', "import A from './a.js'\nexport const anno = 2021\n\nTesto.\n");
    expect(problems.map((p) => [p.line, p.message.split(' (')[0]])).toEqual([
      [BODY_LINE, 'the text imports code'],
      [BODY_LINE + 1, 'the text exports code'],
    ]);
  });

  it.each([
    ['{alert(1)}', /`\{alert\(1\)\}` is code/],
    ['Oggi è {new Date().getFullYear()}.', /is code/],
    ['<KeyFigure value={120} label="persone" />', /`value=\{120\}` in `<KeyFigure>` is code/],
    ['<KeyFigure {...dati} value="120" label="persone" />', /`\{\.\.\.dati\}` in `<KeyFigure>` is code/],
  ])('refuses the expression in %s', (construct, message) => {
    expect(onlyProblem('mdx', construct).message).toMatch(message);
  });

  it('accepts a comment, which runs nothing', () => {
    expect(check('mdx', 'Testo {/* da rivedere */} qui.\n\n{/* nota */}\n')).toEqual([]);
  });

  it('refuses an unknown component, suggesting the closest and naming the allowed ones', () => {
    const problem = onlyProblem('mdx', '<Calout type="note">Nota.</Calout>');
    expect(problem.message).toBe('`<Calout>` is not a component content can use');
    expect(problem.fix).toMatch(/^did you mean `Callout`\? the components allowed in content are Callout, KeyFigure, Quote/);
  });

  it.each([
    ['<script>{"alert(1)"}</script>', /<script>/],
    ['<iframe src="https://www.youtube.com/embed/x" />', /<iframe>/],
    ['<span onMouseOver="alert(1)">testo</span>', /`onMouseOver` attribute on `<span>`/],
    ['<a href="javascript:alert(1)">sito</a>', /`href` on `<a>` is a javascript: address/],
    ['<img src="data:image/png;base64,AAAA" alt="" />', /`src` on `<img>` is a data: address/],
    ['<callout type="note">Nota.</callout>', /start with a capital letter/],
  ])('refuses %s', (construct, message) => {
    expect(onlyProblem('mdx', construct).message).toMatch(message);
  });

  it.each([
    ['<Callout type="note" titel="Nota">Testo.</Callout>', /has no attribute `titel`/, /did you mean `title`\?/],
    ['<Callout type="info">Testo.</Callout>', /`type="info"` is not a value/, /one of: note, warning/],
    ['<Callout>Testo.</Callout>', /needs the attribute `type`/, /"note" \(information\) or "warning"/],
    ['<KeyFigure value="120" />', /needs the attribute `label`/, /operatori formati/],
    ['<KeyFigure value="120" label="persone">testo</KeyFigure>', /takes no text between its tags/, /closes itself/],
    ['<Quote by="Anna"></Quote>', /`<Quote>` is empty/, /between <Quote> and <\/Quote>/],
  ])('tells how to write a component correctly: %s', (construct, message, fix) => {
    const problem = onlyProblem('mdx', construct);
    expect(problem.message).toMatch(message);
    expect(problem.fix).toMatch(fix);
  });

  it('reports a body that does not parse with the parser’s message and position in the file', () => {
    const problems = check('mdx', 'Testo.\n\n<Callout type="note">\nNota senza chiusura.\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: BODY_LINE + 2, column: 1 });
    expect(problems[0]!.message).toMatch(/^the MDX cannot be read: Expected a closing tag for `<Callout>` \(line 7, column 1\)/);
  });

  it('accepts the allowed components with valid attributes, harmless HTML and ordinary Markdown', () => {
    const body = [
      '## L’esperienza',
      '',
      '<Callout type="warning" title="Da sapere">',
      'Il servizio è **gratuito**, ma serve la prenotazione: a < b.',
      '</Callout>',
      '',
      '<KeyFigure value="120" label="operatori formati" source="relazione finale 2021" />',
      '',
      '<Quote by="un’operatrice">Abbiamo imparato a lavorare insieme.</Quote>',
      '',
      '<Quote>',
      'Senza firma.',
      '</Quote>',
      '',
      'Il <abbr title="Fondo Asilo, Migrazione e Integrazione">FAMI</abbr> e 2 000 m<sup>2</sup>.<br />',
      '',
      'Il codice `<script>` è testo; vedi [la scheda](https://x.it/scheda) e https://www.interno.gov.it.',
      '',
      '```',
      '<iframe src="javascript:alert(1)"></iframe>',
      '```',
    ].join('\n');
    expect(check('mdx', body)).toEqual([]);
  });
});

describe('the documented allowlist', () => {
  it('has a component file in src/components/mdx/ for every allowed component, and no other', () => {
    const files = readdirSync('src/components/mdx').filter((name) => name.endsWith('.astro')).map((name) => name.replace(/\.astro$/, ''));
    expect(files.sort()).toEqual([...COMPONENT_NAMES].sort());
  });

  it('documents every component and attribute for editors', () => {
    const readme = readFileSync('src/components/mdx/README.md', 'utf8');
    for (const component of MDX_COMPONENTS) {
      expect(readme).toContain(`<${component.name}`);
      for (const attribute of component.attributes) expect(readme).toContain(`\`${attribute.name}\``);
    }
  });
});
