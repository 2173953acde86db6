/**
 * The join between Pagefind's results and the catalogue index. Pagefind answers a query with
 * the ids of its records (a language prefix and a content hash: `it_803fe65`), best first,
 * without fetching anything per result; this file maps each id to its row, and a PDF page's
 * record to its document's row and page number. It is loaded only when a text query is typed.
 *
 * Hashes are written without their language prefix and comma-separated in row order (one per
 * row: every entry page is indexed), then the PDF pages' records with their rows and pages.
 */
export const JOIN_VERSION = 1;

export interface EncodedJoin {
  version: typeof JOIN_VERSION;
  /** Pagefind's id prefix for this language's records (`it_`). */
  prefix: string;
  /** Per row, the hash of its page's record (empty when the page is not indexed). */
  rows: string;
  /** PDF pages: hashes, with the row of their document and the page number, in the same order. */
  pdf: { hashes: string; rows: number[]; pages: number[] };
}

/** One record of Pagefind's index, read back from its fragment: its id and the address it was given. */
export interface PagefindRecord {
  id: string;
  url: string;
}

export interface JoinTarget {
  row: number;
  /** The PDF page, for a record of a document's PDF. */
  page?: number | undefined;
}

export class JoinError extends Error {}

/**
 * Builds the join of one language. `paths` are the rows' page addresses; `pdfPage` reads a PDF
 * page's record address (`/documenti/x/?pdf-pagina=3`) as its document's address and page.
 */
export function encodeJoin(prefix: string, paths: readonly string[], records: readonly PagefindRecord[], pdfPage: (url: string) => { path: string; page: number } | undefined): EncodedJoin {
  const rowOfPath = new Map(paths.map((path, row) => [path, row]));
  const hashes = new Array<string>(paths.length).fill('');
  const pdf: EncodedJoin['pdf'] & { list: string[] } = { hashes: '', rows: [], pages: [], list: [] };
  for (const record of records) {
    if (!record.id.startsWith(prefix)) throw new JoinError(`the search record ${record.id} (${record.url}) is not in the ${prefix} index`);
    const hash = record.id.slice(prefix.length);
    const target = pdfPage(record.url);
    const row = rowOfPath.get(target?.path ?? record.url);
    if (row === undefined) throw new JoinError(`the search record ${record.url} has no entry in the catalogue index`);
    if (target) {
      pdf.list.push(hash);
      pdf.rows.push(row);
      pdf.pages.push(target.page);
    } else {
      hashes[row] = hash;
    }
  }
  return { version: JOIN_VERSION, prefix, rows: hashes.join(','), pdf: { hashes: pdf.list.join(','), rows: pdf.rows, pages: pdf.pages } };
}

export function decodeJoin(encoded: EncodedJoin): Map<string, JoinTarget> {
  if (encoded.version !== JOIN_VERSION) throw new JoinError(`the search join is version ${String(encoded.version)}, this page reads version ${JOIN_VERSION}`);
  const join = new Map<string, JoinTarget>();
  encoded.rows.split(',').forEach((hash, row) => {
    if (hash) join.set(encoded.prefix + hash, { row });
  });
  if (encoded.pdf.hashes) {
    encoded.pdf.hashes.split(',').forEach((hash, i) => join.set(encoded.prefix + hash, { row: encoded.pdf.rows[i]!, page: encoded.pdf.pages[i]! }));
  }
  return join;
}

/**
 * Pagefind's ids in score order → rows in score order, each once (a document found both on its
 * page and in its PDF takes the better place), with the first PDF page found for each row.
 */
export function joinResults(join: ReadonlyMap<string, JoinTarget>, ids: readonly string[]): { rows: number[]; pdfPages: Map<number, number> } {
  const seen = new Set<number>();
  const rows: number[] = [];
  const pdfPages = new Map<number, number>();
  for (const id of ids) {
    const target = join.get(id);
    if (!target) continue;
    if (target.page !== undefined && !pdfPages.has(target.row)) pdfPages.set(target.row, target.page);
    if (seen.has(target.row)) continue;
    seen.add(target.row);
    rows.push(target.row);
  }
  return { rows, pdfPages };
}
