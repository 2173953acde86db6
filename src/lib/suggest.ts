/** "Did you mean …?": the closest existing ids to a mistyped one. */
import { distance } from 'fastest-levenshtein';

/**
 * Up to `limit` candidates closest to `wanted`, nearest first. A candidate that contains the
 * wanted text (or is contained in it) counts as close whatever its length, so `roma` finds
 * `roma-capitale`.
 */
export function closest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = wanted.toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const hay = id.toLowerCase();
    const edit = distance(needle, hay);
    const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    const score = contains ? Math.min(edit, 1 + Math.abs(hay.length - needle.length) / 10) : edit;
    if (contains || edit <= Math.max(2, Math.ceil(needle.length * 0.4))) scored.push({ id, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => s.id);
}

/** "did you mean `a` or `b`?", or undefined when nothing is close. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const near = closest(wanted, candidates);
  if (near.length === 0) return undefined;
  const quoted = near.map((id) => `\`${id}\``);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `did you mean ${list}?`;
}
