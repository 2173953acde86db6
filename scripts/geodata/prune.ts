/** Drops the arcs no object uses any more (inner borders of dissolved shapes, dropped units). */
import type { GeometryObject, Objects, Topology } from 'topojson-specification';

type ArcTree = number | ArcTree[];

function visit(arcs: ArcTree, use: (index: number) => number): ArcTree {
  if (typeof arcs === 'number') return arcs < 0 ? ~use(~arcs) : use(arcs);
  return arcs.map((a) => visit(a, use));
}

function forEachGeometry(geometry: GeometryObject<{}>, fn: (g: { arcs?: ArcTree }) => void): void {
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) forEachGeometry(g, fn);
  else fn(geometry as { arcs?: ArcTree });
}

export function pruneArcs<T extends Topology<Objects<{}>>>(topology: T): T {
  const remap = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const use = (index: number) => {
    let next = remap.get(index);
    if (next === undefined) {
      next = arcs.length;
      remap.set(index, next);
      arcs.push(topology.arcs[index]!);
    }
    return next;
  };
  const objects: Record<string, GeometryObject<{}>> = {};
  for (const [name, object] of Object.entries(topology.objects)) {
    const copy = structuredClone(object);
    forEachGeometry(copy, (g) => {
      if (g.arcs !== undefined) g.arcs = visit(g.arcs, use);
    });
    objects[name] = copy;
  }
  return { ...topology, objects: objects as T['objects'], arcs };
}
