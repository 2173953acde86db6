import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenTrees, edit, report } from '../support/broken-tree.ts';

const checkBroken = brokenTrees('attachments');
const attach = (dir: string, name: string, existing: string[]) => {
  edit(dir, 'documents/documento-prova.mdx', 'kind: report', `kind: report\nfile: files/${name}`);
  mkdirSync(join(dir, 'documents/files'), { recursive: true });
  for (const file of existing) writeFileSync(join(dir, 'documents/files', file), '%PDF-1.7\n');
};

describe("a document's PDF", () => {
  it('passes when the file is in content/documents/files/', () => {
    expect(report(checkBroken((dir) => attach(dir, 'guida.pdf', ['guida.pdf'])))).toEqual([]);
  });

  it('stops the check when missing, naming the closest file there', () => {
    expect(report(checkBroken((dir) => attach(dir, 'guida-operativ.pdf', ['guida-operativa.pdf', 'verbale.pdf'])))).toEqual([
      'documents/documento-prova.mdx:8:7  file  names files/guida-operativ.pdf, which is not in content/documents/files/  → did you mean `files/guida-operativa.pdf`? Otherwise add the PDF to content/documents/files/ or remove `file`',
    ]);
  });

  it('says what to do when the folder has nothing close', () => {
    expect(report(checkBroken((dir) => attach(dir, 'rapporto.pdf', [])))).toEqual([
      'documents/documento-prova.mdx:8:7  file  names files/rapporto.pdf, which is not in content/documents/files/  → add the PDF to content/documents/files/, or remove `file`',
    ]);
  });
});
