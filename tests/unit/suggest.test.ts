/** "Did you mean …?": the hint an editor reads after a mistyped id or value. */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/lib/suggest.ts';

const TERRITORIES = ['italia', 'lazio', 'sicilia', 'palermo', 'parma', 'roma-capitale', 'citta-metropolitana-palermo', 'milano'];

describe('closest', () => {
  it('finds `roma-capitale` from `roma`, however long the full id is', () => {
    expect(closest('roma', TERRITORIES)).toEqual(['roma-capitale']);
  });

  it('finds `palermo` first from the typo `palremo`', () => {
    expect(closest('palremo', TERRITORIES)[0]).toBe('palermo');
  });

  it('ignores case', () => {
    expect(closest('Palermo', ['palermo', 'milano'])).toEqual(['palermo']);
  });

  it('suggests at most three ids, nearest first', () => {
    expect(closest('casa', ['casa-1', 'casa-2', 'casale', 'casa-popolare'], 3)).toHaveLength(3);
    expect(closest('lavor', ['lavoro', 'lavoratori-stagionali'])).toEqual(['lavoro', 'lavoratori-stagionali']);
  });

  it('suggests nothing when no id is close', () => {
    expect(closest('xyzzy', TERRITORIES)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('quotes a single suggestion', () => {
    expect(didYouMean('palremo', ['palermo', 'milano'])).toBe('did you mean `palermo`?');
    expect(didYouMean('declard', ['declared', 'monitored', 'evaluated', 'independently-evaluated'])).toBe('did you mean `declared`?');
  });

  it('joins two suggestions with "or"', () => {
    expect(didYouMean('rom', ['roma', 'rome', 'milano'])).toBe('did you mean `roma` or `rome`?');
  });

  it('joins three suggestions with commas and a final "or"', () => {
    expect(didYouMean('casa', ['casa-1', 'casa-2', 'casale'])).toBe('did you mean `casa-1`, `casa-2` or `casale`?');
  });

  it('says nothing when nothing is close', () => {
    expect(didYouMean('xyzzy', TERRITORIES)).toBeUndefined();
    expect(didYouMean('palermo', [])).toBeUndefined();
  });
});
