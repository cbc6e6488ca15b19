// Outside Obsidian (the standalone map page, browser tests) the DOM lacks the helpers Obsidian
// adds to it and that src/view is written against; this installs the few the view uses, with
// the same behaviour as obsidian.d.ts describes.
type Info = {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  type?: string;
  placeholder?: string;
  value?: string;
  href?: string;
};

function make<K extends keyof HTMLElementTagNameMap>(
  parent: Node | null,
  tag: K,
  o?: Info | string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (typeof o === 'string') el.className = o;
  else if (o) {
    if (o.cls)
      el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(' ')).filter(Boolean));
    if (o.text !== undefined) el.textContent = o.text;
    for (const [k, v] of Object.entries(o.attr ?? {}))
      if (v !== null && v !== false) el.setAttribute(k, String(v));
    if (o.type !== undefined) el.setAttribute('type', o.type);
    if (o.placeholder !== undefined) el.setAttribute('placeholder', o.placeholder);
    if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
    // A link without href is not a link: Tab passes it by.
    if (o.href !== undefined) el.setAttribute('href', o.href);
  }
  parent?.appendChild(el);
  return el;
}

export function installDomShim(): void {
  const node = Node.prototype as unknown as Record<string, unknown>;
  if ('createDiv' in node) return; // inside Obsidian: the real helpers are there
  node.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, o?: Info | string) {
    return make(this, tag, o);
  };
  node.createDiv = function (this: Node, o?: Info | string) {
    return make(this, 'div', o);
  };
  node.createSpan = function (this: Node, o?: Info | string) {
    return make(this, 'span', o);
  };
  node.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  node.setText = function (this: Node, text: string) {
    this.textContent = text;
  };
  node.appendText = function (this: Node, text: string) {
    this.appendChild(document.createTextNode(text));
  };
  const el = Element.prototype as unknown as Record<string, unknown>;
  el.getText = function (this: Element) {
    return this.textContent ?? '';
  };
  el.hasClass = function (this: Element, c: string) {
    return this.classList.contains(c);
  };
  el.addClass = function (this: Element, ...c: string[]) {
    this.classList.add(...c);
  };
  el.removeClass = function (this: Element, ...c: string[]) {
    this.classList.remove(...c);
  };
  el.toggleClass = function (this: Element, c: string | string[], on: boolean) {
    for (const one of Array.isArray(c) ? c : [c]) this.classList.toggle(one, on);
  };
  el.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null || value === false) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  };
  (window as unknown as Record<string, unknown>).createEl = (
    tag: keyof HTMLElementTagNameMap,
    o?: Info | string,
  ) => make(null, tag, o);
  (HTMLElement.prototype as unknown as Record<string, unknown>).setCssProps = function (
    this: HTMLElement,
    props: Record<string, string>,
  ) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
}
