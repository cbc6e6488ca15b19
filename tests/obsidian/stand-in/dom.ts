// Obsidian extends the DOM with helpers (createEl, createDiv, empty, setText, addClass, …).
// The stand-in installs the same helpers on jsdom's prototypes, following obsidian.d.ts.
export interface DomElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  placeholder?: string;
  href?: string;
  prepend?: boolean;
  parent?: Node;
}

function apply(el: HTMLElement, o: DomElementInfo | string | undefined): void {
  if (o === undefined) return;
  if (typeof o === 'string') {
    el.className = o;
    return;
  }
  if (o.cls) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(' ')).filter(Boolean));
  if (o.text !== undefined) {
    if (typeof o.text === 'string') el.textContent = o.text;
    else el.appendChild(o.text);
  }
  for (const [k, v] of Object.entries(o.attr ?? {})) {
    if (v === null || v === false) el.removeAttribute(k);
    else el.setAttribute(k, String(v));
  }
  if (o.title !== undefined) el.title = o.title;
  if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
  if (o.type !== undefined) (el as HTMLInputElement).type = o.type;
  if (o.placeholder !== undefined) (el as HTMLInputElement).placeholder = o.placeholder;
  if (o.href !== undefined) (el as HTMLAnchorElement).href = o.href;
}

function createElIn(
  parent: Node | null,
  tag: string,
  o?: DomElementInfo | string,
  cb?: (el: HTMLElement) => void,
  own: Document = document,
): HTMLElement {
  // In the parent's document, which may be a pop-out window's (whose Document is another class).
  const doc = parent ? (parent.ownerDocument ?? (parent as Document)) : own;
  const el = doc.createElement(tag);
  apply(el, o);
  const into = typeof o === 'object' && o.parent ? o.parent : parent;
  if (into) {
    if (typeof o === 'object' && o.prepend) into.insertBefore(el, into.firstChild);
    else into.appendChild(el);
  }
  cb?.(el);
  return el;
}

export function installDomHelpers(win: Window & typeof globalThis): void {
  // jsdom has no 2D canvas (and says so on stderr); the map copes with a null context.
  win.HTMLCanvasElement.prototype.getContext = (() => null) as never;
  const proto = win.Node.prototype as unknown as Record<string, unknown>;
  proto.createEl = function (
    this: Node,
    tag: string,
    o?: DomElementInfo | string,
    cb?: (el: HTMLElement) => void,
  ) {
    return createElIn(this, tag, o, cb);
  };
  proto.createDiv = function (
    this: Node,
    o?: DomElementInfo | string,
    cb?: (el: HTMLElement) => void,
  ) {
    return createElIn(this, 'div', o, cb);
  };
  proto.createSpan = function (
    this: Node,
    o?: DomElementInfo | string,
    cb?: (el: HTMLElement) => void,
  ) {
    return createElIn(this, 'span', o, cb);
  };
  proto.createSvg = function (
    this: Node,
    tag: string,
    o?: { cls?: string; attr?: Record<string, string> },
  ) {
    const el = win.document.createElementNS('http://www.w3.org/2000/svg', tag);
    if (o?.cls) el.setAttribute('class', o.cls);
    for (const [k, v] of Object.entries(o?.attr ?? {})) el.setAttribute(k, v);
    this.appendChild(el);
    return el;
  };
  proto.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  proto.setText = function (this: Node, text: string) {
    this.textContent = text;
  };
  proto.appendText = function (this: Node, text: string) {
    this.appendChild((this.ownerDocument ?? win.document).createTextNode(text));
  };
  proto.detach = function (this: Node) {
    this.parentNode?.removeChild(this);
  };
  const el = win.Element.prototype as unknown as Record<string, unknown>;
  el.addClass = function (this: Element, ...c: string[]) {
    this.classList.add(...c);
  };
  el.addClasses = function (this: Element, c: string[]) {
    this.classList.add(...c);
  };
  el.removeClass = function (this: Element, ...c: string[]) {
    this.classList.remove(...c);
  };
  el.toggleClass = function (this: Element, c: string | string[], value: boolean) {
    for (const one of Array.isArray(c) ? c : [c]) this.classList.toggle(one, value);
  };
  el.hasClass = function (this: Element, c: string) {
    return this.classList.contains(c);
  };
  el.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null || value === false) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  };
  (win.HTMLElement.prototype as unknown as Record<string, unknown>).setCssProps = function (
    this: HTMLElement,
    props: Record<string, string>,
  ) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
  el.getText = function (this: Element) {
    return this.textContent ?? '';
  };
  el.isShown = function (this: HTMLElement) {
    return !this.classList.contains('is-hidden') && this.style.display !== 'none';
  };
  el.toggle = function (this: HTMLElement, show: boolean) {
    this.classList.toggle('is-hidden', !show);
  };
  el.instanceOf = function (this: Element, type: abstract new (...args: never[]) => unknown) {
    return this instanceof type;
  };
  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
    createElIn(null, tag, o, cb, win.document);
  g.createDiv = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
    createElIn(null, 'div', o, cb, win.document);
  g.createSpan = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
    createElIn(null, 'span', o, cb, win.document);
  g.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const f = win.document.createDocumentFragment();
    cb?.(f);
    return f;
  };
  g.activeDocument = win.document;
  g.activeWindow = win;
}
