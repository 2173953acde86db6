/**
 * `<atlante-network>`: enhances the static network SVG written by
 * `src/lib/network/network-svg.ts` (see its markup contract). Without this script the SVG and
 * its links work as they are; with it the reader can
 * - hover or focus a node to highlight its neighbours;
 * - zoom and pan: wheel and drag, buttons `[data-zoom="in"|"out"|"reset"]`, and the keys
 *   + − 0 and arrows while the map or one of its nodes has focus;
 * - filter by fund, theme and partner kind: a `<form data-network-filters>` whose fields are
 *   named `fund`, `theme`, `partner-kind` (checkboxes or selects; an empty value means "all");
 * - find a node by name: `<input data-network-find list=…>` whose `<datalist>` options carry
 *   the node's `data-id`.
 * Controls marked `[data-network-controls]` start `hidden` and are shown here, since they do
 * nothing without the script. `[data-network-status]` announces what is shown, from its
 * `data-template` ("{shown} of {total} nodes").
 */

type View = [number, number, number, number];

const FILTERS = [
  ['fund', 'fund'],
  ['theme', 'theme'],
  ['partner-kind', 'partnerKind'],
] as const;

class AtlanteNetwork extends HTMLElement {
  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg[data-network]');
    if (!svg || svg.dataset['enhanced']) return;
    svg.dataset['enhanced'] = '';
    const nodes = [...svg.querySelectorAll<SVGGraphicsElement>('[data-id]')];
    const lines = [...svg.querySelectorAll<SVGLineElement>('line[data-s]')];
    const indexOf = new Map<Element, number>(nodes.map((node, i) => [node, i]));
    const links: { node: number; line: SVGLineElement }[][] = nodes.map(() => []);
    for (const line of lines) {
      const s = Number(line.dataset['s']);
      const t = Number(line.dataset['t']);
      links[s]?.push({ node: t, line });
      links[t]?.push({ node: s, line });
    }
    for (const controls of this.querySelectorAll<HTMLElement>('[data-network-controls]')) controls.hidden = false;
    const status = this.querySelector<HTMLElement>('[data-network-status]');

    // Highlight: only the hovered node's neighbourhood is touched, never every node.
    let near: Element[] = [];
    const clear = () => {
      for (const element of near) element.removeAttribute('data-near');
      near = [];
      svg.removeAttribute('data-highlight');
    };
    const highlight = (i: number) => {
      clear();
      near = [nodes[i]!, ...links[i]!.flatMap(({ node, line }) => [nodes[node]!, line])];
      for (const element of near) element.setAttribute('data-near', '');
      svg.setAttribute('data-highlight', '');
    };
    const nodeOf = (target: EventTarget | null) => (target instanceof Element ? indexOf.get(target.closest('[data-id]')!) : undefined);
    const enter = (event: Event) => {
      const i = nodeOf(event.target);
      if (i !== undefined) highlight(i);
    };
    const leave = (event: FocusEvent | PointerEvent) => {
      if (nodeOf(event.relatedTarget) === undefined) clear();
    };
    svg.addEventListener('pointerover', enter);
    svg.addEventListener('pointerout', leave);
    svg.addEventListener('focusin', (event) => {
      enter(event);
      const i = nodeOf(event.target);
      if (i !== undefined) reveal(i);
    });
    svg.addEventListener('focusout', leave);

    // Zoom and pan change the viewBox: no transform to keep in sync, and text stays crisp.
    const base = svg.viewBox.baseVal;
    const home: View = [base.x, base.y, base.width, base.height];
    let view: View = [...home];
    const apply = () => svg.setAttribute('viewBox', view.map((v) => v.toFixed(1)).join(' '));
    const zoom = (factor: number, cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2) => {
      const width = Math.min(Math.max(view[2] * factor, home[2] / 40), home[2] * 2);
      const k = width / view[2];
      view = [cx - (cx - view[0]) * k, cy - (cy - view[1]) * k, view[2] * k, view[3] * k];
      apply();
    };
    const scale = () => view[2] / (svg.getBoundingClientRect().width || 1);
    const pan = (dx: number, dy: number) => {
      view[0] += dx;
      view[1] += dy;
      apply();
    };
    const reveal = (i: number) => {
      const box = nodes[i]!.getBBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      if (x < view[0] || y < view[1] || x > view[0] + view[2] || y > view[1] + view[3]) pan(x - view[0] - view[2] / 2, y - view[1] - view[3] / 2);
    };

    svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const box = svg.getBoundingClientRect();
        zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, view[0] + ((event.clientX - box.left) / box.width) * view[2], view[1] + ((event.clientY - box.top) / box.height) * view[3]);
      },
      { passive: false },
    );
    // A drag pans; past a few pixels it is a drag, not a click, so the link under it is not followed.
    let drag: { x: number; y: number; moved: boolean } | undefined;
    svg.addEventListener('pointerdown', (event) => {
      if (event.button === 0) drag = { x: event.clientX, y: event.clientY, moved: false };
    });
    svg.addEventListener('pointermove', (event) => {
      if (!drag || !(event.buttons & 1)) return;
      const [dx, dy] = [event.clientX - drag.x, event.clientY - drag.y];
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) svg.setPointerCapture(event.pointerId);
      drag = { x: event.clientX, y: event.clientY, moved: true };
      pan(-dx * scale(), -dy * scale());
    });
    svg.addEventListener('pointerup', () => setTimeout(() => (drag = undefined)));
    svg.addEventListener(
      'click',
      (event) => {
        if (drag?.moved) event.preventDefault();
      },
      true,
    );
    svg.tabIndex = 0;
    svg.addEventListener('keydown', (event) => {
      const step = view[2] / 10;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => pan(-step, 0),
        ArrowRight: () => pan(step, 0),
        ArrowUp: () => pan(0, -step),
        ArrowDown: () => pan(0, step),
        '+': () => zoom(1 / 1.5),
        '=': () => zoom(1 / 1.5),
        '-': () => zoom(1.5),
        '0': () => ((view = [...home]), apply()),
      };
      const action = actions[event.key];
      if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        action();
      }
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset['zoom'];
        if (how === 'in') zoom(1 / 1.5);
        else if (how === 'out') zoom(1.5);
        else {
          view = [...home];
          apply();
        }
      });
    }

    // Filters: a node shows when, in every field that applies to it, it has one of the chosen values.
    const form = this.querySelector<HTMLFormElement>('form[data-network-filters]');
    const hidden = new Set<number>();
    const announce = () => {
      if (status) status.textContent = (status.dataset['template'] ?? '{shown}/{total}').replace('{shown}', String(nodes.length - hidden.size)).replace('{total}', String(nodes.length));
    };
    const filter = () => {
      if (!form) return;
      const data = new FormData(form);
      const chosen = FILTERS.map(([name, key]) => [key, new Set(data.getAll(name).map(String).filter(Boolean))] as const);
      hidden.clear();
      nodes.forEach((node, i) => {
        const shown = chosen.every(([key, values]) => {
          if (values.size === 0 || (key === 'partnerKind' && node.dataset['kind'] !== 'partner')) return true;
          return (node.dataset[key] ?? '').split(' ').some((value) => values.has(value));
        });
        if (shown) node.removeAttribute('display');
        else {
          hidden.add(i);
          node.setAttribute('display', 'none');
        }
      });
      for (const line of lines) {
        const off = hidden.has(Number(line.dataset['s'])) || hidden.has(Number(line.dataset['t']));
        if (off) line.setAttribute('display', 'none');
        else line.removeAttribute('display');
      }
      announce();
    };
    form?.addEventListener('change', filter);
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      filter();
    });
    form?.addEventListener('reset', () => setTimeout(filter));

    // Find: the datalist option chosen (or the first whose name contains the text) names the node.
    const find = this.querySelector<HTMLInputElement>('input[data-network-find]');
    let found: Element | undefined;
    find?.addEventListener('change', () => {
      const text = find.value.trim().toLocaleLowerCase();
      const options = [...(find.list?.options ?? [])];
      const option = options.find((o) => o.value.toLocaleLowerCase() === text) ?? (text ? options.find((o) => o.value.toLocaleLowerCase().includes(text)) : undefined);
      const i = nodes.findIndex((node) => node.dataset['id'] === option?.dataset['id']);
      found?.removeAttribute('data-found');
      if (i < 0) return;
      found = nodes[i]!;
      found.setAttribute('data-found', '');
      if (hidden.has(i) && form) {
        form.reset();
        filter();
      }
      reveal(i);
      highlight(i);
      (found as SVGElement).focus();
    });
  }
}

if (!customElements.get('atlante-network')) customElements.define('atlante-network', AtlanteNetwork);
