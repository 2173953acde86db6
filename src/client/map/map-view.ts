/**
 * `<atlante-map>`: the interactive map of /mappa/. The server renders a static SVG map, the
 * national-scope panel and the table of counts (src/components/views/MapView.astro); this
 * element loads the boundaries and the map data from the site itself and draws them with
 * Leaflet: regions shaded (and provinces outlined from zoom 7) as focusable SVG shapes, places
 * with practices as circles on a canvas, clustered with supercluster. Filters use /cerca/'s URL
 * keys and update the map, the counts, the table and the "see as a list" link together.
 */
import * as L from 'leaflet';
// Leaflet's own stylesheet, bundled and served by the site; linked by this script so that only
// /mappa/ loads it (a CSS import would join the stylesheet every page of the one route shares).
import leafletCss from 'leaflet/dist/leaflet.css?url';
import Supercluster from 'supercluster';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeMapData, NO_REGION, type MapData, type MapDetails, type MapPractice } from '../../lib/geo/map-data.ts';
import { countMapPractices, mapFiltersToQuery, parseMapFilters, practicesAtPoint, practicesInArea, type MapArea, type MapCounts, type MapFilters, type MapFacet } from '../../lib/geo/map-filter.ts';
import { NONE_FILL, shadeScale, shadingClasses } from '../../lib/geo/shading.ts';

interface MapConfig {
  locale: 'it' | 'en';
  data: string;
  details: string;
  topology: string;
  practices: string;
  projects: string;
  territories: string;
  tiles: { url: string; attribution: string } | null;
}

interface MapStrings {
  status: string;
  statusOne: string;
  national: string;
  nationalOne: string;
  count: string;
  countOne: string;
  territoryPage: string;
  more: string;
  close: string;
  asList: string;
  cluster: string;
  zoomIn: string;
  zoomOut: string;
  shading: string;
  none: string;
  attribution: string;
  project: string;
  territories: string;
}

type AreaProperties = { name: string; region?: string };
type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties> & { id: string };

/** Italy with a margin: the view cannot be dragged or zoomed away from it, since there are no tiles beyond. */
const BOUNDS = L.latLngBounds([34.5, 5.5], [47.6, 19.5]);
const MIN_ZOOM = 4;
const MAX_ZOOM = 11;
const PROVINCES_FROM_ZOOM = 7;
/** Practices listed in a popup or the selection panel; the rest are one link away. */
const LISTED = 8;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
// GeoJSON layers hand their options to the shapes they create, a renderer included; the types omit it.
type GeoJsonPathOptions = L.GeoJSONOptions<AreaProperties> & L.PathOptions;
const featureOf = (layer: L.Layer) => (layer as L.GeoJSON).feature as unknown as AreaFeature;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
    document.head.append(link);
  });
}

class AtlanteMap extends HTMLElement {
  #config!: MapConfig;
  #strings!: MapStrings;
  #number!: Intl.NumberFormat;
  #data!: MapData;
  #practices: MapPractice[] = [];
  #filters: MapFilters = {};
  #counts!: MapCounts;
  #map!: L.Map;
  #regions!: L.GeoJSON<AreaProperties>;
  #provinces!: L.GeoJSON<AreaProperties>;
  #places = L.layerGroup();
  #clusters = L.layerGroup();
  #canvas!: L.Canvas;
  /** Places drawn, for hit-testing clicks: the canvas lets them through to the areas below. */
  #drawn: { point: number; circle: L.CircleMarker }[] = [];
  #index: Supercluster<{ point: number; count: number }, { count: number }> | undefined;
  #legend!: HTMLElement;
  #details = new Map<string, Promise<MapDetails>>();
  #selected: { area: MapArea; name: string; code: string } | undefined;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset.config ?? '{}') as MapConfig;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as MapStrings;
    this.#number = new Intl.NumberFormat(this.#config.locale === 'it' ? 'it-IT' : 'en-GB');
    this.#filters = parseMapFilters(new URLSearchParams(location.search));
    this.#start().catch((error: unknown) => {
      console.error(error);
      this.#part('[data-map-error]').hidden = false;
      this.#part('[data-map-canvas]').hidden = true;
      this.#part('[data-map-static]').hidden = false;
    });
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async #start(): Promise<void> {
    const fetchJson = async <T>(url: string): Promise<T> => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.json()) as T;
    };
    const [topology, data] = await Promise.all([fetchJson<Topology>(this.#config.topology), fetchJson<MapData>(this.#config.data), loadStylesheet(leafletCss)]);
    this.#data = data;
    this.#practices = decodeMapData(data);
    // Shapes are named with their counts as Leaflet adds them, before the first update.
    this.#counts = countMapPractices(this.#practices, data.points.ids.length, this.#filters);
    for (const part of this.querySelectorAll<HTMLElement>('[data-map-enhanced]')) part.hidden = false;
    this.#part('[data-map-static]').hidden = true;
    const canvas = this.#part('[data-map-canvas]');
    canvas.hidden = false;
    this.#createMap(canvas, topology);
    this.#showFilters();
    this.#bindControls();
    this.#update();
    this.dataset.state = 'ready';
  }

  #createMap(container: HTMLElement, topology: Topology): void {
    const s = this.#strings;
    const map = L.map(container, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, maxBounds: BOUNDS.pad(0.1), maxBoundsViscosity: 1, zoomSnap: 0.5, zoomControl: false, attributionControl: false });
    // The view first: layers added to a map with no view yet cannot place themselves.
    map.fitBounds(BOUNDS);
    L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut }).addTo(map);
    const attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' }).addTo(map);
    attribution.addAttribution(escapeHtml(s.attribution));
    if (this.#config.tiles) {
      L.tileLayer(this.#config.tiles.url, { attribution: this.#config.tiles.attribution, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM }).addTo(map);
    }
    this.#map = map;
    // Places go on a canvas above the areas' SVG. A canvas would swallow every click meant for
    // the regions, so it takes none: a click on an area opens the place under it, if any.
    map.createPane('places').style.pointerEvents = 'none';
    map.getPane('places')!.style.zIndex = '450';
    this.#canvas = L.canvas({ pane: 'places', padding: 0.2 });

    const features = (name: string): FeatureCollection<Polygon | MultiPolygon, AreaProperties> =>
      feature(topology, topology.objects[name] as GeometryCollection<AreaProperties>) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
    const svg = L.svg({ padding: 0.2 });
    const areaLayer = (name: 'regions' | 'provinces') =>
      L.geoJSON(features(name), {
        renderer: svg,
        style: () => ({ color: '#5c6f82', weight: name === 'regions' ? 1 : 0.6, fillOpacity: name === 'regions' ? 0.85 : 0, className: `map-area map-area-${name}` }),
        onEachFeature: (f, layer) => {
          const area = f as AreaFeature;
          layer.on('click', (event: L.LeafletMouseEvent) => {
            if (!this.#openPlaceAt(event.containerPoint)) this.#selectArea(name, area);
          });
          layer.on('add', () => this.#makeFocusable(layer as L.Path, name, area));
        },
      } as GeoJsonPathOptions);
    if (topology.objects.neighbours) {
      L.geoJSON(features('neighbours'), { renderer: svg, interactive: false, style: () => ({ color: '#c5c7c9', weight: 0.5, fillColor: '#f7f7f7', fillOpacity: 1 }) } as GeoJsonPathOptions).addTo(map);
    }
    this.#regions = areaLayer('regions').addTo(map);
    this.#provinces = areaLayer('provinces');
    this.#places.addTo(map);
    this.#clusters.addTo(map);

    const legend = new L.Control({ position: 'bottomleft' });
    legend.onAdd = () => {
      this.#legend = L.DomUtil.create('div', 'map-key');
      return this.#legend;
    };
    legend.addTo(map);

    const showProvinces = () => {
      const wanted = map.getZoom() >= PROVINCES_FROM_ZOOM;
      if (wanted && !map.hasLayer(this.#provinces)) this.#provinces.addTo(map);
      else if (!wanted && map.hasLayer(this.#provinces)) this.#provinces.remove();
    };
    map.on('zoomend', showProvinces);
    map.on('moveend', () => this.#drawMarkers());
    // A place offshore of the simplified coast is outside every area: the map itself hears that click.
    map.on('click', (event: L.LeafletMouseEvent) => {
      if (!(event.originalEvent.target as Element).classList.contains('map-area')) this.#openPlaceAt(event.containerPoint);
    });
  }

  /** Leaflet's shapes are not focusable: each area becomes a button named with its count. */
  #makeFocusable(layer: L.Path, name: 'regions' | 'provinces', area: AreaFeature): void {
    const element = layer.getElement() as SVGElement | undefined;
    if (!element || element.hasAttribute('tabindex')) return;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.dataset.code = area.id;
    this.#labelArea(element, name, area);
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      this.#selectArea(name, area);
    });
  }

  #labelArea(element: Element, name: 'regions' | 'provinces', area: AreaFeature): void {
    element.setAttribute('aria-label', `${this.#areaName(area)}: ${this.#number.format(this.#areaCount(name, area))}`);
  }

  /** The name the table gives the area (the catalogue's, in the page's language), else the geodata's. */
  #areaName(area: AreaFeature): string {
    const codes = area.id.split('+');
    const names = codes.map((code) => this.#row(code)?.querySelector('th')?.textContent?.trim());
    return names.every(Boolean) ? names.join(', ') : area.properties.name;
  }

  #areaCount(name: 'regions' | 'provinces', area: AreaFeature): number {
    if (name === 'regions') return this.#counts.regions.get(area.id) ?? 0;
    const codes = area.id.split('+');
    return codes.length === 1 ? (this.#counts.provinces.get(area.id) ?? 0) : practicesInArea(this.#practices, this.#filters, { level: 'province', codes }).length;
  }

  #row(code: string): HTMLTableRowElement | null {
    return this.ownerDocument.querySelector<HTMLTableRowElement>(`.map-table tr[data-code="${code}"]`);
  }

  #showFilters(): void {
    for (const box of this.querySelectorAll<HTMLInputElement>('.map-filters input[type=checkbox]')) {
      box.checked = this.#filters[box.name as MapFacet]?.includes(box.value) ?? false;
      // A facet with a ticked value is shown open, so a shared link shows what it filters by.
      if (box.checked) box.closest('details')!.open = true;
    }
  }

  #bindControls(): void {
    this.#part('.map-filters').addEventListener('change', () => {
      const filters: MapFilters = {};
      for (const box of this.querySelectorAll<HTMLInputElement>('.map-filters input[type=checkbox]:checked')) {
        (filters[box.name as MapFacet] ??= []).push(box.value);
      }
      this.#filters = filters;
      this.#update();
    });
    this.#part('[data-map-clear]').addEventListener('click', () => {
      this.#filters = {};
      this.#showFilters();
      this.#update();
    });
    window.addEventListener('popstate', () => {
      this.#filters = parseMapFilters(new URLSearchParams(location.search));
      this.#showFilters();
      this.#update(false);
    });
  }

  /** Everything that depends on the filters: URL, counts, shading, legend, table, markers, panels. */
  #update(record = true): void {
    const query = mapFiltersToQuery(this.#filters);
    if (record) history.replaceState(null, '', query ? `?${query}` : location.pathname);
    this.#counts = countMapPractices(this.#practices, this.#data.points.ids.length, this.#filters);
    const counts = this.#counts;
    const s = this.#strings;

    const classes = shadingClasses(Math.max(0, ...counts.regions.values()), undefined, this.#config.locale);
    const colour = classes.length ? shadeScale(classes) : () => NONE_FILL;
    this.#regions.eachLayer((layer) => {
      const area = featureOf(layer);
      const value = counts.regions.get(area.id) ?? 0;
      (layer as L.Path).setStyle({ fillColor: value > 0 ? colour(value) : NONE_FILL });
      const element = (layer as L.Path).getElement();
      if (element) this.#labelArea(element, 'regions', area);
    });
    this.#provinces.eachLayer((layer) => {
      const element = (layer as L.Path).getElement();
      if (element) this.#labelArea(element, 'provinces', featureOf(layer));
    });
    const swatch = (colourValue: string, label: string) => `<li><span class="map-swatch" style="background:${colourValue}"></span>${escapeHtml(label)}</li>`;
    this.#legend.innerHTML = `<p class="map-key-title">${escapeHtml(s.shading)}</p><ul>${[swatch(NONE_FILL, s.none), ...classes.map((c) => swatch(c.colour, c.label))].join('')}</ul>`;

    for (const row of this.ownerDocument.querySelectorAll<HTMLTableRowElement>('.map-table tr[data-level]')) {
      const code = row.dataset.code ?? '';
      const value = row.dataset.level === 'national' ? counts.national : ((row.dataset.level === 'region' ? counts.regions : counts.provinces).get(code) ?? 0);
      row.querySelector('[data-count]')!.textContent = this.#number.format(value);
    }
    this.#part('[data-map-status]').textContent = counts.total === 1 ? s.statusOne : fill(s.status, { n: this.#number.format(counts.total) });
    this.#part('[data-map-national]').textContent = counts.national === 1 ? s.nationalOne : fill(s.national, { n: this.#number.format(counts.national) });
    const listQuery = (extra: string) => [extra, query].filter(Boolean).join('&');
    this.#part<HTMLAnchorElement>('[data-map-as-list]').href = `${this.#config.practices}${query ? `?${query}` : ''}`;
    this.#part<HTMLAnchorElement>('[data-map-national-list]').href = `${this.#config.practices}?${listQuery('regione=italia')}`;

    const placed = this.#data.points.ids.flatMap((_, point) => {
      const count = counts.points[point]!;
      return count ? [{ type: 'Feature' as const, properties: { point, count }, geometry: { type: 'Point' as const, coordinates: [this.#data.points.lon[point]! / 1000, this.#data.points.lat[point]! / 1000] } }] : [];
    });
    this.#index = new Supercluster<{ point: number; count: number }, { count: number }>({
      radius: 48,
      maxZoom: MAX_ZOOM - 1,
      map: (props) => ({ count: props.count }),
      reduce: (accumulated, props) => {
        accumulated.count += props.count;
      },
    }).load(placed);
    this.#map.closePopup();
    this.#drawMarkers();
    if (this.#selected) void this.#showSelection();
  }

  /** Clusters and places in view; clusters are focusable buttons that zoom in, places open a popup. */
  #drawMarkers(): void {
    if (!this.#index) return;
    this.#places.clearLayers();
    this.#clusters.clearLayers();
    this.#drawn = [];
    const b = this.#map.getBounds();
    const zoom = Math.round(this.#map.getZoom());
    let markers = 0;
    for (const item of this.#index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
      const [lon, lat] = item.geometry.coordinates as [number, number];
      const props = item.properties as { cluster?: boolean; cluster_id?: number; count: number; point?: number };
      markers += props.count;
      if (props.cluster) {
        const size = 26 + Math.min(18, Math.round(Math.log10(props.count) * 8));
        const label = fill(this.#strings.cluster, { n: this.#number.format(props.count) });
        const marker = L.marker([lat, lon], {
          keyboard: true,
          title: label,
          icon: L.divIcon({ className: 'map-cluster', html: `<span aria-hidden="true">${this.#number.format(props.count)}</span>`, iconSize: [size, size] }),
        });
        marker.on('click', () => {
          const target = Math.min(this.#index!.getClusterExpansionZoom(props.cluster_id!), MAX_ZOOM);
          this.#map.setView([lat, lon], target);
        });
        marker.on('add', () => {
          const element = marker.getElement();
          element?.setAttribute('role', 'button');
          element?.setAttribute('aria-label', label);
        });
        this.#clusters.addLayer(marker);
      } else {
        const point = props.point!;
        const circle = L.circleMarker([lat, lon], { renderer: this.#canvas, interactive: false, radius: 5 + Math.min(7, Math.log2(props.count) * 1.5), color: '#ffffff', weight: 1.5, fillColor: '#b71918', fillOpacity: 1 });
        this.#places.addLayer(circle);
        this.#drawn.push({ point, circle });
      }
    }
    this.dataset.markers = String(markers);
  }

  /** Opens the popup of the place drawn at a point of the map, if any; the nearest wins. */
  #openPlaceAt(at: L.Point): boolean {
    let best: { point: number; circle: L.CircleMarker; distance: number } | undefined;
    for (const place of this.#drawn) {
      const distance = this.#map.latLngToContainerPoint(place.circle.getLatLng()).distanceTo(at);
      if (distance <= place.circle.getRadius() + 2 && (!best || distance < best.distance)) best = { ...place, distance };
    }
    if (best) void this.#openPlace(best.point, best.circle);
    return best !== undefined;
  }

  #detailsFor(key: string): Promise<MapDetails> {
    let details = this.#details.get(key);
    if (!details) {
      details = fetch(`${this.#config.details}${key}.json`).then((r) => {
        if (!r.ok) throw new Error(`${key}: ${r.status}`);
        return r.json() as Promise<MapDetails>;
      });
      this.#details.set(key, details);
    }
    return details;
  }

  /** Up to LISTED practices as links with their project and territories, from a details file. */
  async #practiceList(indexes: number[], keys: string[]): Promise<string> {
    const wanted = new Set(indexes.slice(0, LISTED));
    const entries: string[] = [];
    for (const key of keys) {
      if (entries.length >= wanted.size) break;
      const details = await this.#detailsFor(key);
      for (const practice of details.practices) {
        if (!wanted.has(practice.index)) continue;
        wanted.delete(practice.index);
        const project = details.projects[practice.project];
        const places = practice.territories.map((i) => {
          const t = details.territories[i]!;
          return this.#config.locale === 'en' ? (t.nameEn ?? t.name) : t.name;
        });
        const meta = [project ? `${escapeHtml(this.#strings.project)}: ${escapeHtml(project.label)}` : '', places.length ? `${escapeHtml(this.#strings.territories)}: ${escapeHtml(places.join(', '))}` : ''].filter(Boolean).join(' · ');
        entries.push(`<li><a href="${this.#config.practices}${encodeURIComponent(practice.id)}/" lang="it">${escapeHtml(practice.title)}</a><span class="meta">${meta}</span></li>`);
      }
    }
    const more = indexes.length > LISTED ? `<p>${escapeHtml(fill(this.#strings.more, { n: this.#number.format(indexes.length - LISTED) }))}</p>` : '';
    return `<ul class="map-practices">${entries.join('')}</ul>${more}`;
  }

  #countText(n: number): string {
    return n === 1 ? this.#strings.countOne : fill(this.#strings.count, { n: this.#number.format(n) });
  }

  async #openPlace(point: number, circle: L.CircleMarker): Promise<void> {
    const indexes = practicesAtPoint(this.#practices, this.#filters, point);
    const region = this.#data.points.region[point]!;
    const key = region ? this.#data.dictionaries.regions[region - 1]! : NO_REGION;
    const id = this.#data.points.ids[point]!;
    const details = await this.#detailsFor(key);
    const territory = details.territories.find((t) => t.id === id);
    const name = territory ? (this.#config.locale === 'en' ? (territory.nameEn ?? territory.name) : territory.name) : id;
    const list = await this.#practiceList(indexes, [key]);
    const page = `<p><a href="${this.#config.territories}${encodeURIComponent(id)}/">${escapeHtml(fill(this.#strings.territoryPage, { name }))}</a></p>`;
    circle.bindPopup(`<div class="map-popup"><h3>${escapeHtml(name)}</h3><p>${escapeHtml(this.#countText(indexes.length))}</p>${list}${page}</div>`, { maxWidth: 320 }).openPopup();
  }

  #selectArea(name: 'regions' | 'provinces', area: AreaFeature): void {
    const codes = area.id.split('+');
    this.#selected = { area: { level: name === 'regions' ? 'region' : 'province', codes }, name: this.#areaName(area), code: name === 'regions' ? area.id : (area.properties.region ?? NO_REGION) };
    void this.#showSelection(true);
  }

  /** The selection panel: the area's name, its count under the filters, its practices and links. */
  async #showSelection(focus = false): Promise<void> {
    const selected = this.#selected!;
    const panel = this.#part('[data-map-selection]');
    const heading = this.#part('[data-map-selection-heading]');
    const body = this.#part('[data-map-selection-body]');
    const indexes = practicesInArea(this.#practices, this.#filters, selected.area);
    heading.textContent = selected.name;
    panel.hidden = false;
    if (focus) heading.focus();
    const links = selected.area.codes.flatMap((code) => {
      const row = this.#row(code);
      const link = row?.querySelector('a');
      return link ? [`<li><a href="${link.getAttribute('href')}">${escapeHtml(fill(this.#strings.territoryPage, { name: link.textContent?.trim() ?? code }))}</a></li>`] : [];
    });
    const territory = selected.area.level === 'region' ? this.#row(selected.area.codes[0]!)?.dataset.territory : undefined;
    if (territory) {
      const query = [`regione=${encodeURIComponent(territory)}`, mapFiltersToQuery(this.#filters)].filter(Boolean).join('&');
      links.push(`<li><a href="${this.#config.practices}?${query}">${escapeHtml(this.#strings.asList)}</a></li>`);
    }
    const list = indexes.length ? await this.#practiceList(indexes, [selected.code]) : '';
    if (this.#selected !== selected) return;
    body.innerHTML = `<p>${escapeHtml(this.#countText(indexes.length))}</p>${list}<ul class="map-links-list">${links.join('')}</ul>`;
  }
}

customElements.define('atlante-map', AtlanteMap);
