/** The palette is readable: marks stand out from the page, text is legible (WCAG 2.x ratios). */
import { describe, expect, it } from 'vitest';
import { BACKGROUND, contrastRatio, MARK_COLOURS, NODE_STYLE, TEXT_COLOURS } from '../../../src/lib/charts/palette.ts';

describe('chart palette', () => {
  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // The order of the two colours does not matter.
    expect(contrastRatio('#0066cc', '#ffffff')).toBe(contrastRatio('#ffffff', '#0066cc'));
  });

  it.each(Object.entries(MARK_COLOURS))('mark colour %s (%s) has at least 3:1 against the background', (_, colour) => {
    expect(contrastRatio(colour, BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(TEXT_COLOURS))('text colour %s (%s) has at least 4.5:1 against the background', (_, colour) => {
    expect(contrastRatio(colour, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells node kinds apart by shape as well as colour', () => {
    const styles = Object.values(NODE_STYLE);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(styles.length);
  });
});
