/**
 * The fixture site as the tests build it: tests/fixtures/site, plus the documents of
 * tests/fixtures/site-pdf with their PDFs generated here (one with text on two pages, one
 * without a text layer, one corrupt). The tree is written to a temporary folder.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corruptPdf, imageOnlyPdf, textPdf } from './pdf-fixtures.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The folders the fixture tree is made of, in the order they are laid over each other. */
export const FIXTURE_LAYERS = [join(FIXTURES, 'site'), join(FIXTURES, 'site-pdf')];

/** A phrase found only on page 2 of the guide's PDF. */
export const PDF_PHRASE = 'sportello casa diffuso nei quartieri';

export async function fixtureTreeWithPdfs(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlante-fixture-')), 'content');
  for (const layer of FIXTURE_LAYERS) cpSync(layer, dir, { recursive: true });
  const files = join(dir, 'documents/files');
  mkdirSync(files, { recursive: true });
  writeFileSync(join(files, 'guida-operativa.pdf'), await textPdf(['Guida operativa: introduzione', `Il comune ha aperto uno ${PDF_PHRASE}\nper la mediazione con i proprietari.`]));
  writeFileSync(join(files, 'verbale-scansionato.pdf'), await imageOnlyPdf());
  writeFileSync(join(files, 'rapporto-danneggiato.pdf'), corruptPdf());
  return dir;
}
