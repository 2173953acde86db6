/**
 * Related practices, ranked exactly over the whole catalogue. Comparing every pair with sets
 * and arrays is quadratic in allocations (minutes at 10,000 practices); here each practice's
 * themes, target groups and regions are bitsets, so scoring a pair is a few integer
 * operations and the whole ranking stays well under a second per thousand pages.
 */

/** What the ranking needs to know of a practice. */
export interface RelatedInput {
  id: string;
  title: string;
  project: string;
  themes: readonly string[];
  targetGroups: readonly string[];
  /** Regions (or a national-scope marker) where the practice takes place. */
  areas: readonly string[];
}

export interface RelatedMatch {
  index: number;
  score: number;
}

/** Weights of what two practices share. */
export const RELATED_WEIGHTS = { theme: 3, targetGroup: 2, area: 2, project: 1 } as const;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Packs each practice's values of one kind into `words` 32-bit words per practice. */
function bitsets(values: readonly (readonly string[])[]): { bits: Uint32Array; words: number } {
  const ids = new Map<string, number>();
  for (const list of values) for (const v of list) if (!ids.has(v)) ids.set(v, ids.size);
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const bits = new Uint32Array(values.length * words);
  values.forEach((list, i) => {
    for (const v of list) {
      const bit = ids.get(v)!;
      bits[i * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  return { bits, words };
}

function shared(set: { bits: Uint32Array; words: number }, a: number, b: number): number {
  let n = 0;
  for (let w = 0; w < set.words; w++) n += popcount(set.bits[a * set.words + w]! & set.bits[b * set.words + w]!);
  return n;
}

/**
 * Builds a ranker over all practices. `rank(i, limit)` returns the `limit` practices most like
 * practice `i`: shared themes weigh 3, shared target groups 2, a shared region 2, the same
 * project 1; only practices sharing a theme or a target group qualify; ties go by title.
 */
export function createRelatedRanker(practices: readonly RelatedInput[]) {
  const themes = bitsets(practices.map((p) => p.themes));
  const targets = bitsets(practices.map((p) => p.targetGroups));
  const areas = bitsets(practices.map((p) => p.areas));
  const projectIds = new Map<string, number>();
  const project = Int32Array.from(practices, (p) => {
    if (!projectIds.has(p.project)) projectIds.set(p.project, projectIds.size);
    return projectIds.get(p.project)!;
  });
  const collator = new Intl.Collator('it');
  const byTitle = practices.map((_, i) => i).sort((a, b) => collator.compare(practices[a]!.title, practices[b]!.title));
  const titleRank = new Int32Array(practices.length);
  byTitle.forEach((index, rank) => (titleRank[index] = rank));

  return function rank(i: number, limit: number): RelatedMatch[] {
    const best: RelatedMatch[] = [];
    const better = (a: RelatedMatch, b: RelatedMatch) => a.score > b.score || (a.score === b.score && titleRank[a.index]! < titleRank[b.index]!);
    for (let j = 0; j < practices.length; j++) {
      if (j === i) continue;
      const sharedThemes = shared(themes, i, j);
      const sharedTargets = shared(targets, i, j);
      if (sharedThemes === 0 && sharedTargets === 0) continue;
      const score =
        RELATED_WEIGHTS.theme * sharedThemes +
        RELATED_WEIGHTS.targetGroup * sharedTargets +
        (shared(areas, i, j) > 0 ? RELATED_WEIGHTS.area : 0) +
        (project[i] === project[j] ? RELATED_WEIGHTS.project : 0);
      const match = { index: j, score };
      if (best.length === limit && !better(match, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(match, best[at - 1]!)) at--;
      best.splice(at, 0, match);
      if (best.length > limit) best.pop();
    }
    return best;
  };
}
