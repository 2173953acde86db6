/**
 * Markup in an entry's body that could run code, load another page or restyle the site.
 * Bodies are parsed with satteri, the parser Astro compiles them with, so the check sees the
 * tree the site is built from: code blocks are text, `a < b` is text, entities are decoded.
 *
 * MDX: no `import`/`export`, no `{…}` expression (a `{/* comment *\/}` is fine), only the
 * components of `src/components/mdx/allowlist.ts` with their documented attributes, and only
 * the harmless HTML elements listed there. Markdown: Astro writes raw HTML into the page as it
 * is, so every HTML fragment is parsed and held to the same element list, and must not leave a
 * tag, quote or comment open (the page would read the text after it as part of the tag).
 * Everywhere: no `on…` event attribute, no `style` attribute, and no `javascript:`, `vbscript:`
 * or `data:` address in a link, an image or a URL attribute.
 */
import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode, type MdastNode, type Point } from 'satteri';
import { COMPONENT_NAMES, HTML_ELEMENTS, MDX_COMPONENTS, type AllowedComponent } from '../../components/mdx/allowlist.ts';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';

export interface BodyInput {
  file: string;
  body: string;
  format: 'md' | 'mdx';
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

type JsxElement = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type HastElement = Extract<HastNode, { type: 'element' }>;
type Report = (at: Point | undefined, message: string, fix: string) => void;

const COMPONENT_LIST = COMPONENT_NAMES.join(', ');
const ALLOWED_HTML = new Set(HTML_ELEMENTS);
const COMPONENTS = new Map<string, AllowedComponent>(MDX_COMPONENTS.map((component) => [component.name, component]));
/** Astro's loaders hand the body to the parser without the front matter, so a leading `---` is a rule, not front matter. */
const FEATURES = { frontmatter: false };

const NO_SCRIPT = 'remove it: content cannot run scripts';
const NO_STYLE = 'remove it: the site’s stylesheet gives content its look';
const EMBED = 'embed a video, map or document as a link instead: [Guarda il video](https://…)';
const FORM = 'link to the form instead: [Compila il modulo](https://…)';
const DRAWING = 'use an image instead: ![what it shows](https://…/image.png)';
const PAGE_FRAME = 'remove it: the page around the text comes from the site';
const REFUSED_ELEMENT_FIX: Record<string, string> = {
  script: NO_SCRIPT, noscript: NO_SCRIPT, template: NO_SCRIPT,
  style: NO_STYLE, link: NO_STYLE,
  iframe: EMBED, frame: EMBED, frameset: EMBED, object: EMBED, embed: EMBED, video: EMBED, audio: EMBED, portal: EMBED,
  form: FORM, input: FORM, button: FORM, select: FORM, option: FORM, textarea: FORM, label: FORM, fieldset: FORM,
  svg: DRAWING, math: DRAWING, canvas: DRAWING,
  meta: PAGE_FRAME, base: PAGE_FRAME, title: PAGE_FRAME, head: PAGE_FRAME, body: PAGE_FRAME, html: PAGE_FRAME,
};

/** Attributes whose value the browser follows or loads as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'longdesc', 'usemap', 'codebase', 'classid', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'xlinkhref']);
/** URL attributes holding a list of addresses. */
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'ping', 'archive']);

/** A `{/* … *\/}` expression holds only a comment: MDX's way to write one, and it runs nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
/** "1:10: Expected a closing tag … (mdx-jsx:unexpected-character)" */
const PARSE_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/;
/** Appended to a raw HTML fragment: it parses as an element only if the fragment closed everything it opened. */
const END_MARK = 'x-body-safety-end';

/**
 * The scheme of an address when it runs or hides code. Browsers drop tabs and newlines anywhere
 * in an address and spaces and control characters before it, and ignore case.
 */
function unsafeScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return /^(javascript|vbscript|data):/.exec(cleaned)?.[1];
}

function quoteText(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** "did you mean …? " before a fix, leaving out one- and two-letter elements, which every name contains. */
function hintFor(name: string, candidates: readonly string[]): string {
  const hint = didYouMean(name, candidates.filter((candidate) => candidate.length > 2));
  return hint ? `${hint} ` : '';
}

function schemeReason(scheme: string): string {
  return scheme === 'data' ? 'a data: address, which hides a file or a page inside the text' : `a ${scheme}: address, which runs code`;
}

/** Problems of one attribute of an HTML element (raw HTML or MDX), by its name and text value. */
function checkHtmlAttribute(tag: string, name: string, value: string | undefined, at: Point | undefined, report: Report): void {
  const key = name.toLowerCase().replace(/[^a-z]/g, '');
  if (key.startsWith('on')) {
    report(at, `the \`${name}\` attribute on \`<${tag}>\` runs code when the reader uses the page`, 'remove the attribute: content cannot run scripts');
    return;
  }
  if (key === 'style') {
    report(at, `the \`style\` attribute on \`<${tag}>\` changes the look of the page`, 'remove the attribute: the site’s stylesheet gives content its look');
    return;
  }
  if (value === undefined) return;
  const urls = URL_ATTRIBUTES.has(key) ? [value] : URL_LIST_ATTRIBUTES.has(key) ? value.split(/[\s,]+/) : [];
  const scheme = urls.map(unsafeScheme).find((s) => s !== undefined);
  if (scheme) {
    const fix = tag === 'img' ? 'use the image’s https:// address or its path on this site' : 'link to an https:// address instead';
    report(at, `\`${name}\` on \`<${tag}>\` is ${schemeReason(scheme)}`, fix);
  }
}

/** Problems of an HTML element's name; true when the element may be used (and its content checked). */
function checkHtmlElement(tag: string, at: Point | undefined, report: Report, format: 'md' | 'mdx'): boolean {
  if (ALLOWED_HTML.has(tag)) return true;
  const component = COMPONENT_NAMES.find((name) => name.toLowerCase() === tag);
  if (component && format === 'md') {
    report(at, `\`<${component}>\` is a component, and components work only in MDX`, 'rename the file so that it ends in .mdx');
    return false;
  }
  if (component) {
    report(at, `\`<${tag}>\` is not a component: component names start with a capital letter`, `write <${component}>`);
    return false;
  }
  const fix = REFUSED_ELEMENT_FIX[tag] ?? `${hintFor(tag, HTML_ELEMENTS)}use Markdown, or one of the HTML elements listed in src/components/mdx/README.md`;
  report(at, `the text uses \`<${tag}>\`, which content may not use`, fix);
  return false;
}

function isEmpty(children: readonly MdastNode[]): boolean {
  return children.every((child) => child.type === 'text' && child.value.trim() === '');
}

function checkComponent(element: JsxElement, component: AllowedComponent, report: Report): void {
  const at = element.position?.start;
  const tag = `<${component.name}>`;
  const accepted = component.attributes.map((a) => a.name);
  const takes = component.attributes.map((a) => (a.required ? `${a.name} (required)` : a.name)).join(', ');
  const given = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(at, `\`{${quoteText(attribute.value)}}\` in \`${tag}\` is code, which content cannot run`, `write each attribute as name="value": ${tag} takes ${takes}`);
      continue;
    }
    const spec = component.attributes.find((a) => a.name === attribute.name);
    if (!spec) {
      if (attribute.name.toLowerCase().startsWith('on')) {
        report(at, `the \`${attribute.name}\` attribute on \`${tag}\` runs code when the reader uses the page`, 'remove the attribute: content cannot run scripts');
      } else {
        report(at, `\`${tag}\` has no attribute \`${attribute.name}\``, `${hintFor(attribute.name, accepted)}${tag} takes ${takes}`);
      }
      continue;
    }
    given.add(spec.name);
    const value = attribute.value;
    if (value === null || value === undefined) {
      report(at, `the attribute \`${spec.name}\` of \`${tag}\` has no value`, `write ${spec.name}="…": ${spec.description}`);
    } else if (typeof value !== 'string') {
      report(at, `\`${spec.name}={${quoteText(value.value)}}\` in \`${tag}\` is code, which content cannot run`, `write the value in quotes: ${spec.name}="…"`);
    } else if (spec.values && !spec.values.includes(value)) {
      report(at, `\`${spec.name}="${value}"\` is not a value \`${tag}\` knows`, `${hintFor(value, spec.values)}${spec.name} is one of: ${spec.values.join(', ')}`);
    }
  }
  for (const spec of component.attributes) {
    if (spec.required && !given.has(spec.name)) report(at, `\`${tag}\` needs the attribute \`${spec.name}\``, `add ${spec.name}="…": ${spec.description}`);
  }
  const empty = isEmpty(element.children);
  if (component.content === 'none' && !empty) {
    report(at, `\`${tag}\` takes no text between its tags`, `everything goes in its attributes (${takes}), and the tag closes itself: <${component.name} … />`);
  } else if (component.content === 'required' && empty) {
    report(at, `\`${tag}\` is empty`, `put the text between ${tag} and </${component.name}>`);
  }
}

/** Problems of an MDX JSX element; true when its content should be checked too. */
function checkJsxElement(element: JsxElement, report: Report): boolean {
  const at = element.position?.start;
  const name = element.name;
  if (name === null) {
    report(at, 'the empty tag `<>` is not allowed in content', 'remove `<>` and `</>`, keeping the text between them');
    return false;
  }
  const component = COMPONENTS.get(name);
  if (component) {
    checkComponent(element, component, report);
    return true;
  }
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    report(at, `\`<${name}>\` is not a component content can use`, `${hintFor(name, COMPONENT_NAMES)}the components allowed in content are ${COMPONENT_LIST} (see src/components/mdx/README.md)`);
    return false;
  }
  if (!checkHtmlElement(name, at, report, 'mdx')) return false;
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(at, `\`{${quoteText(attribute.value)}}\` in \`<${name}>\` is code, which content cannot run`, 'write each attribute as name="value"');
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      report(at, `\`${attribute.name}={${quoteText(attribute.value.value)}}\` in \`<${name}>\` is code, which content cannot run`, `write the value in quotes: ${attribute.name}="…"`);
    } else {
      checkHtmlAttribute(name, attribute.name, attribute.value ?? undefined, at, report);
    }
  }
  return true;
}

/** The point `offset` characters into a node that starts at `start`. */
function pointWithin(start: Point, text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n');
  return { line: start.line + newlines, column, offset: (start.offset ?? 0) + offset };
}

/** Raw HTML in a Markdown body, as the browser will read it. */
function checkRawHtml(html: string, start: Point | undefined, report: Report): void {
  const lower = html.toLowerCase();
  let found = 0;
  const locate = (needle: string, from: number): { index: number; at: Point | undefined } => {
    const index = lower.indexOf(needle, from);
    return { index, at: start && index >= 0 ? pointWithin(start, html, index) : start };
  };
  const nodeReport: Report = (at, message, fix) => {
    found++;
    report(at, message, fix);
  };
  let cursor = 0;
  let closed = false;
  const visit = (node: HastNode): void => {
    if (node.type === 'element') {
      if (node.tagName === END_MARK && !lower.includes(END_MARK)) {
        closed = true;
        return;
      }
      const tag = locate(`<${node.tagName}`, cursor);
      if (tag.index >= 0) cursor = tag.index + 1;
      if (!checkHtmlElement(node.tagName, tag.at, nodeReport, 'md')) return;
      checkProperties(node, (name) => {
        const attribute = locate(name.toLowerCase(), Math.max(tag.index, 0));
        return attribute.index >= 0 ? attribute.at : tag.at;
      }, nodeReport);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(htmlToHast(`${html}<${END_MARK}></${END_MARK}>`, { fragment: true }));
  if (!closed && found === 0) {
    report(start, 'this HTML leaves a tag, a quote or a comment open, so the page would read the text after it as HTML', 'close it (with >, the closing quote or -->) before the end of the paragraph, or remove the HTML');
  }
}

function checkProperties(element: HastElement, locate: (name: string) => Point | undefined, report: Report): void {
  for (const [name, value] of Object.entries(element.properties)) {
    const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    // hast names attributes as DOM properties (`onClick`); HTML attribute names are lowercase.
    checkHtmlAttribute(element.tagName, name.toLowerCase(), text, locate(name), report);
  }
}

function checkUrl(node: Extract<MdastNode, { type: 'link' | 'image' | 'definition' }>, report: Report): void {
  const scheme = unsafeScheme(node.url);
  if (!scheme) return;
  const what = node.type === 'image' ? 'the image address' : node.type === 'definition' ? `the address of the link definition [${node.label ?? node.identifier}]` : 'the link address';
  const fix = node.type === 'image' ? 'use the image’s https:// address or its path on this site' : 'link to an https:// address instead';
  report(node.position?.start, `${what} "${quoteText(node.url)}" is ${schemeReason(scheme)}`, fix);
}

function checkTree(node: MdastNode, report: Report): void {
  const at = node.position?.start;
  switch (node.type) {
    case 'mdxjsEsm':
      // Consecutive import/export lines make one node: one problem per statement.
      node.value.split('\n').forEach((line, index) => {
        const statement = /^\s*(import|export)\b/.exec(line)?.[1];
        const where = at && { line: at.line + index, column: 1 };
        if (statement === 'import') {
          report(where, `the text imports code (\`${quoteText(line)}\`), which content cannot do`, `remove the import: the components allowed in content are available without importing: ${COMPONENT_LIST}`);
        } else if (statement === 'export') {
          report(where, `the text exports code (\`${quoteText(line)}\`), which content cannot do`, 'remove the export: facts about the entry go in the front matter, the rest in the text');
        }
      });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!COMMENT_ONLY.test(node.value)) {
        report(at, `\`{${quoteText(node.value)}}\` is code, which content cannot run`, 'remove the braces; to show a brace in the text write \\{, and write a comment as {/* … */}');
      }
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!checkJsxElement(node, report)) return;
      break;
    case 'html':
      checkRawHtml(node.value, at, report);
      return;
    case 'link':
    case 'image':
    case 'definition':
      checkUrl(node, report);
      break;
  }
  if ('children' in node) for (const child of node.children) checkTree(child, report);
}

/** Every problem of a body, located in its file. */
export function checkBody(input: BodyInput): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (at, message, fix) => {
    problems.push({
      severity: 'error',
      file: input.file,
      line: input.bodyLine + (at?.line ?? 1) - 1,
      column: at?.column ?? 1,
      field: 'body',
      message,
      fix,
    });
  };
  let tree: MdastNode;
  try {
    tree = input.format === 'mdx' ? mdxToMdast(input.body, { features: FEATURES }) : markdownToMdast(input.body, { features: FEATURES });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const parsed = PARSE_ERROR.exec(text);
    const at = parsed ? { line: Number(parsed[1]), column: Number(parsed[2]) } : undefined;
    // The parser names positions in the body; editors read lines of the file.
    const reason = (parsed?.[3] ?? text).replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => `(line ${input.bodyLine + Number(line) - 1}, column ${column})`);
    report(at, `the MDX cannot be read: ${reason}`, 'close every tag (<Callout>…</Callout>, <br />), write a literal { or < as \\{ or \\<, and write comments as {/* … */}; a text with no component can be a .md file');
    return problems;
  }
  checkTree(tree, report);
  return problems;
}
