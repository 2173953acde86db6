/** The optional tile layer of /mappa/: off unless a deployment sets both the URL and its credit. */
import { describe, expect, it } from 'vitest';
import { mapTileLayer } from '../../src/lib/map-tiles.ts';

describe('the map tile layer setting', () => {
  it('is off by default', () => {
    expect(mapTileLayer({})).toBeUndefined();
    expect(mapTileLayer({ MAP_TILE_URL: '  ' })).toBeUndefined();
  });

  it('takes an https URL template and the provider’s credit', () => {
    expect(mapTileLayer({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Example' })).toEqual({
      url: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Example',
    });
  });

  it('refuses a layer without credit or without the tile coordinates', () => {
    expect(() => mapTileLayer({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_ATTRIBUTION/);
    expect(() => mapTileLayer({ MAP_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/https URL template/);
    expect(() => mapTileLayer({ MAP_TILE_URL: 'https://tiles.example.org/tile.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/https URL template/);
  });
});
