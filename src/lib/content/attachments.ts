/**
 * Files that entries attach (a document's PDF under content/documents/files/): each must exist,
 * or the page would link to nothing and the search index would miss its text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { problemAt, type ValidEntry } from './validate.ts';

/** Folder of the attached files, relative to the content root (documents' `file` values start with it). */
export const ATTACHMENT_FOLDER = 'documents/files';

export function checkAttachments(entries: readonly ValidEntry[], contentDir: string): Problem[] {
  const folder = join(contentDir, ATTACHMENT_FOLDER);
  let present: string[] | undefined;
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'documents') continue;
    const file = (entry.data as { file?: string }).file;
    if (file === undefined || existsSync(join(contentDir, 'documents', file))) continue;
    present ??= existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.pdf')) : [];
    const name = file.slice('files/'.length);
    const hint = didYouMean(name, present);
    problems.push(
      problemAt(entry, ['file'], {
        message: `names ${file}, which is not in content/${ATTACHMENT_FOLDER}/`,
        fix: hint ? `${hint.replace(/`([^`]+)`/g, '`files/$1`')} Otherwise add the PDF to content/${ATTACHMENT_FOLDER}/ or remove \`file\`` : `add the PDF to content/${ATTACHMENT_FOLDER}/, or remove \`file\``,
      }),
    );
  }
  return problems;
}
