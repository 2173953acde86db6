/**
 * The optional tile layer of /mappa/: off unless a deployment sets MAP_TILE_URL (a Leaflet URL
 * template such as `https://tile.example.org/{z}/{x}/{y}.png`) and MAP_TILE_ATTRIBUTION (the
 * credit its provider requires). Off by default and in tests: the map then makes no request
 * beyond the site's own files.
 */
export interface TileLayerConfig {
  url: string;
  attribution: string;
}

export function mapTileLayer(env: Record<string, string | undefined> = process.env): TileLayerConfig | undefined {
  const url = env.MAP_TILE_URL?.trim();
  if (!url) return undefined;
  const attribution = env.MAP_TILE_ATTRIBUTION?.trim();
  // Tile providers' terms require their credit on the map: no layer without it.
  if (!attribution) throw new Error('MAP_TILE_URL is set but MAP_TILE_ATTRIBUTION is not: a tile layer needs its provider’s credit');
  if (!/^https:\/\/[^\s]+\{z\}[^\s]*$/.test(url) || !url.includes('{x}') || !url.includes('{y}')) {
    throw new Error(`MAP_TILE_URL must be an https URL template with {z}, {x} and {y}: ${url}`);
  }
  return { url, attribution };
}
