import { geoContains } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { contains, distanceToBoundaryKm, shapeOf, withinKm } from '../../../src/lib/geo/point-in-polygon.ts';
import { rewindForD3 } from '../../../src/lib/geo/topology.ts';

// A 1° square around (13.5, 38.5) with a 0.2° hole in the middle.
const outer = [[13, 38], [14, 38], [14, 39], [13, 39], [13, 38]];
const hole = [[13.4, 38.4], [13.4, 38.6], [13.6, 38.6], [13.6, 38.4], [13.4, 38.4]];
const clockwise: Polygon = { type: 'Polygon', coordinates: [[...outer].reverse(), [...hole].reverse()] };
const counterClockwise: Polygon = { type: 'Polygon', coordinates: [outer, hole] };

describe('points in polygons', () => {
  it('gives the same answer whatever the winding of the rings', () => {
    for (const polygon of [clockwise, counterClockwise]) {
      const shape = shapeOf(polygon);
      expect(contains(shape, [13.1, 38.1])).toBe(true);
      expect(contains(shape, [13.5, 38.5])).toBe(false); // in the hole
      expect(contains(shape, [14.1, 38.5])).toBe(false);
    }
  });

  it('measures the distance to the nearest edge in kilometres', () => {
    const shape = shapeOf(counterClockwise);
    // 0.1° of latitude is about 11 km.
    expect(distanceToBoundaryKm(shape, [13.5, 39.1])).toBeCloseTo(11.06, 1);
    expect(distanceToBoundaryKm(shape, [13.5, 38.3])).toBeCloseTo(11.06, 1); // towards the hole's edge
  });

  it('accepts a point just outside within the tolerance, and not beyond', () => {
    const shape = shapeOf(counterClockwise);
    expect(withinKm(shape, [13.5, 39.03], 5)).toBe(true);
    expect(withinKm(shape, [13.5, 39.1], 5)).toBe(false);
    expect(withinKm(shape, [13.1, 38.1], 0)).toBe(true);
  });
});

describe('winding for d3-geo', () => {
  it('turns a counter-clockwise polygon around so d3 sees the small area, and leaves a clockwise one', () => {
    // Read as given, d3 takes the counter-clockwise ring for "everything but the square".
    expect(geoContains(counterClockwise, [13.1, 38.1])).toBe(false);
    expect(geoContains(rewindForD3(counterClockwise), [13.1, 38.1])).toBe(true);
    expect(geoContains(rewindForD3(counterClockwise), [13.5, 38.5])).toBe(false);
    expect(rewindForD3(clockwise)).toEqual(clockwise);
  });
});
