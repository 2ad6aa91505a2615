/**
 * The smallest DOM Observable Plot needs to draw our charts on the server:
 * elements with attributes, text nodes, a document to create them, and the
 * serialisation `finalizeSvg` writes out. It replaces linkedom for the charts
 * (a page renders three): linkedom builds a full HTML DOM (every node and
 * every attribute an event target held in a WeakMap), which made up about a
 * third of a chart's cost and much of the build's garbage collection.
 *
 * The markup is byte for byte what linkedom's `outerHTML` gave for the same
 * drawing (attributes newest first, `<path />` for an empty SVG element,
 * `&`, `<`, `>` and no-break spaces escaped in text, `"` in attribute values), so the
 * site's charts, their image files and their hashes stay the same. Anything
 * Plot might call that our chart types never do throws, rather than draw
 * something different silently.
 */

export const svgNamespace = 'http://www.w3.org/2000/svg';
export const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';

const escapes: Record<string, string> = { '\xA0': '&#160;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeText = (text: string) => text.replace(/[<>&\xA0]/g, (c) => escapes[c]!);
// linkedom escapes only the quote in attribute values of an HTML document's elements.
const escapeAttribute = (value: string) => value.replace(/"/g, '&quot;');

export type SvgChild = SvgElement | SvgText;

/** A text node. */
export class SvgText {
  readonly nodeType = 3;
  parentNode: SvgElement | null = null;
  readonly ownerDocument: SvgDocument;
  data: string;
  constructor(ownerDocument: SvgDocument, data: string) {
    this.ownerDocument = ownerDocument;
    this.data = data;
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(value: string) {
    this.data = String(value ?? '');
  }
  get nodeValue(): string {
    return this.data;
  }
  get nextSibling(): SvgChild | null {
    return sibling(this, 1);
  }
  get previousSibling(): SvgChild | null {
    return sibling(this, -1);
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  toString(): string {
    return escapeText(this.data);
  }
}

function sibling(node: SvgChild, step: 1 | -1): SvgChild | null {
  const siblings = node.parentNode?.childNodes;
  if (!siblings) return null;
  return siblings[siblings.indexOf(node) + step] ?? null;
}

/** `element.style`: Plot sets a few properties, which land in the `style` attribute (finalizeSvg drops it). */
class SvgStyle {
  readonly #element: SvgElement;
  readonly #properties = new Map<string, string>();
  constructor(element: SvgElement) {
    this.#element = element;
  }
  setProperty(name: string, value: string | null, priority?: string): void {
    if (value == null || value === '') {
      this.removeProperty(name);
      return;
    }
    this.#properties.set(name, priority ? `${value} !${priority}` : String(value));
    this.#write();
  }
  removeProperty(name: string): string {
    const old = this.#properties.get(name) ?? '';
    if (this.#properties.delete(name)) this.#write();
    return old;
  }
  getPropertyValue(name: string): string {
    return this.#properties.get(name) ?? '';
  }
  #write(): void {
    if (this.#properties.size === 0) this.#element.removeAttribute('style');
    else this.#element.setAttribute('style', [...this.#properties].map(([k, v]) => `${k}:${v}`).join(';'));
  }
}

/** An element: an SVG one (`<path />` when empty) or, for the document's root, an HTML one. */
export class SvgElement {
  readonly nodeType = 1;
  readonly ownerDocument: SvgDocument;
  readonly namespaceURI: string;
  readonly localName: string;
  parentNode: SvgElement | null = null;
  readonly childNodes: SvgChild[] = [];
  /** Attributes in the order they were first set. */
  readonly attributes = new Map<string, string>();
  /** d3's bound datum. */
  __data__?: unknown;
  #style: SvgStyle | undefined;

  constructor(ownerDocument: SvgDocument, namespaceURI: string, localName: string) {
    this.ownerDocument = ownerDocument;
    this.namespaceURI = namespaceURI;
    this.localName = localName;
  }

  get tagName(): string {
    return this.namespaceURI === svgNamespace ? this.localName : this.localName.toUpperCase();
  }
  get nodeName(): string {
    return this.tagName;
  }
  get style(): SvgStyle {
    this.#style ??= new SvgStyle(this);
    return this.#style;
  }
  get children(): SvgElement[] {
    return this.childNodes.filter((n): n is SvgElement => n instanceof SvgElement);
  }
  get firstChild(): SvgChild | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): SvgChild | null {
    return this.childNodes.at(-1) ?? null;
  }
  get firstElementChild(): SvgElement | null {
    return this.children[0] ?? null;
  }
  get nextSibling(): SvgChild | null {
    return sibling(this, 1);
  }
  get previousSibling(): SvgChild | null {
    return sibling(this, -1);
  }
  get isConnected(): boolean {
    return false;
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
  }
  setAttributeNS(_namespace: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  removeAttributeNS(_namespace: string | null, name: string): void {
    this.removeAttribute(name);
  }

  appendChild<T extends SvgChild>(child: T): T {
    return this.insertBefore(child, null);
  }
  insertBefore<T extends SvgChild>(child: T, before: SvgChild | null | undefined): T {
    if ((child as unknown) === this) throw new Error('svgDom: an element cannot contain itself');
    child.parentNode?.removeChild(child);
    const at = before == null ? -1 : this.childNodes.indexOf(before);
    if (before != null && at < 0) throw new Error('svgDom: insertBefore’s reference node is not a child');
    if (at < 0) this.childNodes.push(child);
    else this.childNodes.splice(at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild<T extends SvgChild>(child: T): T {
    const at = this.childNodes.indexOf(child);
    if (at < 0) throw new Error('svgDom: removeChild of a node that is not a child');
    this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  append(...nodes: (SvgChild | string)[]): void {
    for (const node of nodes) this.appendChild(typeof node === 'string' ? new SvgText(this.ownerDocument, node) : node);
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  replaceWith(...nodes: (SvgChild | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    for (const node of nodes) parent.insertBefore(typeof node === 'string' ? new SvgText(this.ownerDocument, node) : node, this);
    parent.removeChild(this);
  }

  get textContent(): string {
    return this.childNodes.map((n) => n.textContent).join('');
  }
  set textContent(text: string | null) {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes.length = 0;
    // As linkedom (and browsers): no text node for an empty string, so the element stays empty.
    if (text != null && text !== '') this.childNodes.push(Object.assign(new SvgText(this.ownerDocument, String(text)), { parentNode: this }));
  }

  /** Every descendant element, depth first in document order. */
  *descendants(): Generator<SvgElement> {
    for (const child of this.childNodes) {
      if (child instanceof SvgElement) {
        yield child;
        yield* child.descendants();
      }
    }
  }

  get outerHTML(): string {
    return this.toString();
  }
  toString(): string {
    return serializeSvg(this);
  }
}

/**
 * The element as markup, as linkedom's `outerHTML` writes it; `attributeValue`
 * rewrites each attribute value before it is escaped (finalizeSvg rounds numbers).
 */
export function serializeSvg(element: SvgElement, attributeValue?: (value: string) => string): string {
  const out: string[] = [];
  const write = (el: SvgElement) => {
    out.push('<', el.localName);
    // Newest first, as linkedom writes them.
    const entries = [...el.attributes];
    for (let i = entries.length - 1; i >= 0; i--) {
      const [name, value] = entries[i]!;
      out.push(' ', name, '="', escapeAttribute(attributeValue ? attributeValue(value) : value), '"');
    }
    if (el.childNodes.length === 0) {
      out.push(el.namespaceURI === svgNamespace ? ' />' : `></${el.localName}>`);
      return;
    }
    out.push('>');
    for (const child of el.childNodes) {
      if (child instanceof SvgElement) write(child);
      else out.push(escapeText(child.data));
    }
    out.push('</', el.localName, '>');
  };
  write(element);
  return out.join('');
}

/** The document Plot draws into: it only creates detached elements here. */
export class SvgDocument {
  readonly documentElement: SvgElement;
  constructor() {
    this.documentElement = new SvgElement(this, xhtmlNamespace, 'html');
  }
  get defaultView(): undefined {
    return undefined;
  }
  createElementNS(namespace: string | null, name: string): SvgElement {
    if (namespace !== svgNamespace) throw new Error(`svgDom: only SVG elements are supported, not ${namespace}:${name}`);
    return new SvgElement(this, namespace, name);
  }
  createElement(name: string): SvgElement {
    if (name.toLowerCase() === 'svg') return new SvgElement(this, svgNamespace, 'svg');
    throw new Error(`svgDom: HTML elements are not supported (<${name}>): a chart that needs a figure, legend or title must use linkedom`);
  }
  createTextNode(data: string): SvgText {
    return new SvgText(this, String(data));
  }
}
