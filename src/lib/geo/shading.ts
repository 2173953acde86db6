/**
 * How areas are shaded by number of practices: round integer classes and their colours. One
 * module for the static SVG maps (built in Node) and the interactive map (in the browser), so
 * both show the same classes; it imports nothing heavier than d3-scale.
 */
import { scaleThreshold } from 'd3-scale';
import { formatCount } from '../charts/svg.ts';
import type { Locale } from '../partial-date.ts';

export interface ShadingClass {
  /** Smallest and largest value of the class, both included. */
  min: number;
  max: number;
  colour: string;
  label: string;
}

/** Light to dark, from the site's primary blue; the darkest three reach 3:1 on white. */
export const SHADES = ['#cfe2f5', '#8fbde8', '#3d8fd9', '#0066cc', '#003366'] as const;
/** Fill of an area with no practice. */
export const NONE_FILL = '#f2f5f8';

/**
 * Integer classes for counts from 1 to `max`: round steps (1, 2, 5, 10…) so the legend reads
 * "1–4, 5–9, 10–19"; fewer classes when the counts are few.
 */
export function shadingClasses(max: number, count: number = SHADES.length, locale: Locale = 'it'): ShadingClass[] {
  if (max < 1) return [];
  const limit = Math.max(1, Math.min(count, SHADES.length));
  // With a step above 1 the first class is 1 to step − 1 ("1–9"), the others whole steps.
  const classCount = (step: number) => (step === 1 ? max : Math.floor(max / step) + 1);
  let step = 1;
  for (let i = 0; classCount(step) > limit; i++) step = [2, 5, 10][i % 3]! * 10 ** Math.floor(i / 3);
  const colours = SHADES.slice(SHADES.length - classCount(step));
  const classes: ShadingClass[] = [];
  for (let lower = 1, i = 0; lower <= max; i++) {
    const upper = Math.min(max, i === 0 && step > 1 ? step - 1 : lower + step - 1);
    const label = lower === upper ? formatCount(lower, locale) : `${formatCount(lower, locale)}–${formatCount(upper, locale)}`;
    classes.push({ min: lower, max: upper, colour: colours[i]!, label });
    lower = upper + 1;
  }
  return classes;
}

/** The colour of a positive count under the given classes (a D3 threshold scale on their lower bounds). */
export function shadeScale(classes: readonly ShadingClass[]): (value: number) => string {
  return scaleThreshold<number, string>()
    .domain(classes.slice(1).map((c) => c.min))
    .range(classes.map((c) => c.colour));
}
