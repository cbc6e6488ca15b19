// A small stand-in for the `obsidian` module, used only by tests of src/obsidian. It follows
// the signatures of obsidian.d.ts and the behaviour the plugin relies on; what it records
// (notices, opened files, registered commands) lets tests see what a user would see.
import { JSDOM } from 'jsdom';
import { parse } from 'yaml';
import { installDomHelpers } from './dom';
import { Events, type EventRef } from './events';
import { FileManager, MetadataCache, TAbstractFile, TFile, TFolder, Vault } from './vault';

export { Events, FileManager, MetadataCache, TAbstractFile, TFile, TFolder, Vault };
export type { EventRef };
export type { CachedMetadata, FrontmatterLinkCache, LinkCache, Pos } from './vault';

installDomHelpers(window);

/** Obsidian exports the moment it bundles, set to the user's language; here, the package. */
export { default as moment } from 'moment';

/** Obsidian's YAML reader, as its metadata cache reads frontmatter; throws on invalid YAML. */
export function parseYaml(yaml: string): unknown {
  return parse(yaml, { schema: 'core' });
}

/** Desktop by default; a test of mobile behaviour sets `isMobile` (and resets it). */
export const Platform = {
  isDesktop: true,
  isMobile: false,
};

export function normalizePath(path: string): string {
  const p = path
    .replace(/\\/g, '/')
    .replace(/\/+/g, '/')
    .replace(/^\/|\/$/g, '')
    .replace(/\u00a0|\u202f/g, ' ');
  return p === '' ? '/' : p.normalize('NFC');
}

export function debounce<T extends unknown[]>(
  cb: (...args: T) => unknown,
  timeout = 0,
  resetTimer = false,
) {
  let timer: number | null = null;
  let last: T | null = null;
  const run = () => {
    timer = null;
    if (last) cb(...last);
  };
  const d = (...args: T) => {
    last = args;
    if (timer && resetTimer) window.clearTimeout(timer);
    if (!timer || resetTimer) timer = window.setTimeout(run, timeout);
    return d;
  };
  d.cancel = () => {
    if (timer) window.clearTimeout(timer);
    timer = null;
    return d;
  };
  d.run = () => {
    if (timer) window.clearTimeout(timer);
    run();
  };
  return d;
}

/** Obsidian's fuzzy search scores in-order subsequence matches; the stand-in does the same. */
export function prepareFuzzySearch(query: string) {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    let i = 0;
    for (let j = 0; j < t.length && i < q.length; j++) {
      if (t[j] === q[i]) {
        matches.push([j, j + 1]);
        i++;
      }
    }
    return i === q.length
      ? { score: -matches.length - (matches[0]?.[0] ?? 0) / 100, matches }
      : null;
  };
}

export class Notice {
  /** Every notice shown, newest last. */
  static shown: string[] = [];
  noticeEl = createDiv();
  constructor(message: string | DocumentFragment, _duration?: number) {
    Notice.shown.push(typeof message === 'string' ? message : (message.textContent ?? ''));
  }
}

export class Component {
  private children: Component[] = [];
  private cleanups: (() => unknown)[] = [];
  loaded = false;
  load(): void {
    this.loaded = true;
    this.onload();
    for (const c of this.children) c.load();
  }
  onload(): void {}
  unload(): void {
    for (const c of this.children) c.unload();
    for (const fn of this.cleanups.splice(0).reverse()) fn();
    this.loaded = false;
    this.onunload();
  }
  onunload(): void {}
  addChild<T extends Component>(c: T): T {
    this.children.push(c);
    if (this.loaded) c.load();
    return c;
  }
  removeChild<T extends Component>(c: T): T {
    this.children = this.children.filter((x) => x !== c);
    c.unload();
    return c;
  }
  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }
  registerEvent(ref: EventRef): void {
    this.cleanups.push(() => ref.e.offref(ref));
  }
  registerDomEvent(
    el: EventTarget,
    type: string,
    cb: (ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, cb, options);
    this.cleanups.push(() => el.removeEventListener(type, cb, options));
  }
  registerInterval(id: number): number {
    this.cleanups.push(() => window.clearInterval(id));
    return id;
  }
}

/** The window a leaf lives in: the main one, or a pop-out (`WorkspaceContainer` in obsidian.d.ts). */
export interface WorkspaceContainer {
  win: Window;
  doc: Document;
}

export class WorkspaceLeaf extends Events {
  view: ItemView | { getViewType(): string; file?: TFile | null } = { getViewType: () => 'empty' };
  constructor(
    private readonly workspace: Workspace,
    private readonly win: Window = window,
  ) {
    super();
  }
  getContainer(): WorkspaceContainer {
    return { win: this.win, doc: this.win.document };
  }
  async openFile(file: TFile): Promise<void> {
    this.view = { getViewType: () => 'markdown', file };
    this.workspace.opened.push(file.path);
    this.workspace.activeFile = file;
  }
  /** As Obsidian does: a new view of the type, opened, then given the saved state. */
  async setViewState(viewState: ViewState): Promise<void> {
    const creator = this.workspace.viewCreators.get(viewState.type);
    if (!creator) throw new Error(`No view of type ${viewState.type}`);
    const view = creator(this);
    this.view = view;
    await view.open();
    await view.setState(viewState.state ?? {}, { history: false });
  }
  /** What the workspace saves of the leaf: its view's type and state. */
  getViewState(): ViewState {
    const { view } = this;
    return { type: view.getViewType(), state: view instanceof ItemView ? view.getState() : {} };
  }
  detach(): void {
    if (this.view instanceof ItemView) void this.view.close();
    this.workspace.leaves = this.workspace.leaves.filter((l) => l !== this);
  }
}

export class Workspace extends Events {
  layoutReady = false;
  private readyCallbacks: (() => unknown)[] = [];
  leaves: WorkspaceLeaf[] = [];
  viewCreators = new Map<string, (leaf: WorkspaceLeaf) => ItemView>();
  /** Paths opened in a leaf, in order. */
  opened: string[] = [];
  activeFile: TFile | null = null;
  containerEl = createDiv();

  onLayoutReady(cb: () => unknown): void {
    if (this.layoutReady) cb();
    else this.readyCallbacks.push(cb);
  }
  /** Test helper: Obsidian finished loading the workspace. */
  ready(): void {
    this.layoutReady = true;
    for (const cb of this.readyCallbacks.splice(0)) cb();
  }
  /** Where each opened leaf went: false (the current one), 'tab', 'split' or 'window'. */
  openedIn: (boolean | PaneType)[] = [];
  getLeaf(newLeaf?: boolean | PaneType): WorkspaceLeaf {
    this.openedIn.push(newLeaf ?? false);
    if (!newLeaf && this.leaves[0]) return this.leaves[0];
    const leaf = new WorkspaceLeaf(this);
    this.leaves.push(leaf);
    return leaf;
  }
  /**
   * A leaf in a new pop-out window: its own document, globals, frames and timers, as Electron
   * gives each window. Views in it build their elements in that document.
   */
  openPopoutLeaf(): WorkspaceLeaf {
    const { window: win } = new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true });
    installDomHelpers(win as unknown as Parameters<typeof installDomHelpers>[0]);
    const leaf = new WorkspaceLeaf(this, win as unknown as Window);
    this.leaves.push(leaf);
    return leaf;
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === type);
  }
  async revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {}
  getActiveFile(): TFile | null {
    return this.activeFile;
  }
  async openLinkText(
    linktext: string,
    sourcePath: string,
    newLeaf?: boolean | PaneType,
  ): Promise<void> {
    const file = (this as unknown as { app: App }).app.metadataCache.getFirstLinkpathDest(
      linktext,
      sourcePath,
    );
    if (file) await this.getLeaf(newLeaf).openFile(file);
  }
}

export type PaneType = 'tab' | 'split' | 'window';

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
}

export interface ViewStateResult {
  history: boolean;
}

/** One entry of a context menu, as obsidian.d.ts's MenuItem; it records what it was given. */
export class MenuItem {
  title = '';
  icon: string | null = null;
  private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
  /** Test helper: the user picks the entry. */
  click(): void {
    this.callback?.(new MouseEvent('click'));
  }
}

/** A context menu (file explorer, editor): the entries plugins add to it, in order. */
export class Menu {
  items: MenuItem[] = [];
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
}

/**
 * Obsidian's registry of property types, `app.metadataTypeManager`: not in obsidian.d.ts, so
 * shaped as Breadcrumbs and the Importer call it (`getAssignedWidget`, `setType`). It holds
 * the types of types.json and records every type a plugin sets.
 */
class MetadataTypeManager {
  /** Property name → type, as types.json holds them; a test seeds the user's own. */
  types: Record<string, string> = {};
  /** Every `setType` call, in order. */
  set: [name: string, type: string][] = [];
  getAssignedWidget(name: string): string | null {
    return this.types[name] ?? null;
  }
  setType(name: string, type: string): void {
    this.types[name] = type;
    this.set.push([name, type]);
  }
}

/**
 * The app's core plugins, `app.internalPlugins`: outside obsidian.d.ts, so shaped as the
 * Calendar and Periodic Notes plugins read them (`getPluginById('daily-notes')`, whose
 * `enabled` and `instance.options` hold the Daily notes settings). A test sets them up.
 */
class InternalPlugins {
  byId: Record<string, { enabled: boolean; instance: { options: Record<string, unknown> } }> = {};
  getPluginById(id: string) {
    return this.byId[id] ?? null;
  }
}

/**
 * The community plugins, `app.plugins`: outside obsidian.d.ts; `getPlugin(id)` gives a loaded
 * plugin, whose `settings` Periodic Notes keeps its daily settings in. A test sets them up.
 */
class CommunityPlugins {
  byId: Record<string, { settings: Record<string, unknown> }> = {};
  getPlugin(id: string) {
    return this.byId[id] ?? null;
  }
}

export class App {
  vault = new Vault();
  internalPlugins = new InternalPlugins();
  plugins = new CommunityPlugins();
  /** Optional, as an Obsidian before the Properties editor (or after a change) lacks it. */
  metadataTypeManager?: MetadataTypeManager = new MetadataTypeManager();
  metadataCache = new MetadataCache(this.vault);
  fileManager = new FileManager(this.vault, this.metadataCache);
  workspace = new Workspace();
  /** The app's own key handlers, active when no modal or popover pushed a scope. */
  scope = new Scope();
  keymap = new Keymap(this.scope);
  constructor() {
    this.vault.metadataCache = this.metadataCache;
    (this.workspace as unknown as { app: App }).app = this;
    Keymap.current = this.keymap;
  }
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
  dir?: string;
}

export interface Command {
  id: string;
  name: string;
  icon?: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (...args: unknown[]) => unknown;
  hotkeys?: unknown[];
}

export type ViewCreator = (leaf: WorkspaceLeaf) => ItemView;

export class Plugin extends Component {
  commands: Command[] = [];
  ribbon: { icon: string; title: string; el: HTMLElement }[] = [];
  statusBar: HTMLElement[] = [];
  settingTabs: PluginSettingTab[] = [];
  codeBlocks = new Map<
    string,
    (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown
  >();
  data: unknown = null;
  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }
  addCommand(command: Command): Command {
    this.commands.push(command);
    return command;
  }
  addRibbonIcon(icon: string, title: string, cb: (evt: MouseEvent) => unknown): HTMLElement {
    const el = createDiv({ attr: { 'aria-label': title } });
    el.addEventListener('click', (e) => cb(e));
    this.ribbon.push({ icon, title, el });
    return el;
  }
  addStatusBarItem(): HTMLElement {
    const el = createDiv({ cls: 'status-bar-item' });
    this.statusBar.push(el);
    return el;
  }
  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs.push(tab);
  }
  /** Page-preview sources registered, by id. */
  hoverSources = new Map<string, { display: string; defaultMod: boolean }>();
  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.hoverSources.set(id, info);
  }
  registerView(type: string, creator: ViewCreator): void {
    this.app.workspace.viewCreators.set(type, creator);
    this.register(() => this.app.workspace.viewCreators.delete(type));
  }
  registerMarkdownCodeBlockProcessor(
    language: string,
    handler: (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown,
  ) {
    this.codeBlocks.set(language, handler);
    this.register(() => this.codeBlocks.delete(language));
    return handler;
  }
  async loadData(): Promise<unknown> {
    return structuredClone(this.data);
  }
  async saveData(data: unknown): Promise<void> {
    this.data = structuredClone(data);
  }
}

export class ItemView extends Component {
  app: App;
  containerEl: HTMLElement;
  contentEl: HTMLElement;
  icon = '';
  navigation = false;
  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.app = (leaf as unknown as { workspace: Workspace }).workspace
      ? (leaf as unknown as { workspace: { app: App } }).workspace.app
      : (undefined as unknown as App);
    // Obsidian builds a view's elements in the document of the window its leaf is in.
    const win = (leaf.getContainer?.().win ?? window) as unknown as { createDiv: typeof createDiv };
    this.containerEl = win.createDiv({ cls: 'workspace-leaf-content' });
    this.containerEl.createDiv({ cls: 'view-header' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }
  getViewType(): string {
    return 'item';
  }
  getDisplayText(): string {
    return '';
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
  /** Test helper: what the leaf does when it shows the view. */
  async open(): Promise<void> {
    this.load();
    await this.onOpen();
  }
  async close(): Promise<void> {
    await this.onClose();
    this.unload();
  }
  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
}

export class MarkdownRenderChild extends Component {
  constructor(public containerEl: HTMLElement) {
    super();
  }
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): null;
}

export class Modal {
  containerEl = createDiv({ cls: 'modal-container' });
  modalEl = this.containerEl.createDiv({ cls: 'modal' });
  titleEl = this.modalEl.createDiv({ cls: 'modal-title' });
  contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  /** Keys while the modal is open; Escape closes it, as in Obsidian. */
  scope = new Scope();
  /** Test helper: every modal currently open, newest last. */
  static openModals: Modal[] = [];
  constructor(public app: App) {
    this.scope.register([], 'Escape', () => {
      this.close();
      return false;
    });
  }
  open(): void {
    document.body.appendChild(this.containerEl);
    Modal.openModals.push(this);
    this.app.keymap.pushScope(this.scope);
    this.onOpen();
  }
  close(): void {
    if (!Modal.openModals.includes(this)) return;
    this.containerEl.remove();
    Modal.openModals = Modal.openModals.filter((m) => m !== this);
    this.app.keymap.popScope(this.scope);
    this.onClose();
  }
  onOpen(): void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
}

abstract class ValueComponent<T> {
  protected changeCallbacks: ((value: T) => unknown)[] = [];
  abstract getValue(): T;
  abstract setValue(value: T): this;
  onChange(cb: (value: T) => unknown): this {
    this.changeCallbacks.push(cb);
    return this;
  }
  then(cb: (c: this) => unknown): this {
    cb(this);
    return this;
  }
}

/** As Obsidian's AbstractTextComponent: the part text inputs and text areas share. */
export abstract class AbstractTextComponent<
  T extends HTMLInputElement | HTMLTextAreaElement,
> extends ValueComponent<string> {
  constructor(public inputEl: T) {
    super();
    inputEl.addEventListener('input', () =>
      this.changeCallbacks.forEach((cb) => cb(inputEl.value)),
    );
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(p: string): this {
    this.inputEl.placeholder = p;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl('input', { type: 'text' }));
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl('select', { cls: 'dropdown' });
    this.selectEl.addEventListener('change', () =>
      this.changeCallbacks.forEach((cb) => cb(this.selectEl.value)),
    );
  }
  addOption(value: string, display: string): this {
    this.selectEl.createEl('option', { text: display, value });
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private value = false;
  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv({ cls: 'checkbox-container', attr: { role: 'switch' } });
    this.toggleEl.addEventListener('click', () => {
      this.setValue(!this.value);
      this.changeCallbacks.forEach((cb) => cb(this.value));
    });
  }
  getValue(): boolean {
    return this.value;
  }
  setValue(value: boolean): this {
    this.value = value;
    this.toggleEl.toggleClass('is-enabled', value);
    this.toggleEl.setAttr('aria-checked', String(value));
    return this;
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  constructor(containerEl: HTMLElement) {
    this.buttonEl = containerEl.createEl('button');
  }
  setButtonText(text: string): this {
    this.buttonEl.setText(text);
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass('mod-cta');
    return this;
  }
  setTooltip(tip: string): this {
    this.buttonEl.setAttr('aria-label', tip);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }
  onClick(cb: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener('click', (e) => cb(e));
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
    this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
    this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
    this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
    this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
  }
  setName(name: string | DocumentFragment): this {
    this.nameEl.empty();
    if (typeof name === 'string') this.nameEl.setText(name);
    else this.nameEl.appendChild(name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    this.descEl.empty();
    if (typeof desc === 'string') this.descEl.setText(desc);
    else this.descEl.appendChild(desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }
  private add<T>(c: T, cb: (c: T) => unknown): this {
    cb(c);
    return this;
  }
  addText(cb: (c: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addDropdown(cb: (c: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addToggle(cb: (c: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
}

export abstract class PluginSettingTab {
  containerEl = createDiv({ cls: 'vertical-tab-content' });
  constructor(
    public app: App,
    public plugin: Plugin,
  ) {}
  abstract display(): void;
  hide(): void {
    this.containerEl.empty();
  }
}

/**
 * As Obsidian's: suggestions for a text input, shown in a popover while typing. The stand-in
 * renders them as `.suggestion-item` elements in `document.body` that tests click.
 */
export abstract class AbstractInputSuggest<T> {
  protected limit = 100;
  private selectCb: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  suggestEl = createDiv({ cls: 'suggestion-container' });
  /** While the popover is open its keys come first: arrows move, Enter picks, Escape closes. */
  scope = new Scope();
  private current: T[] = [];
  private selected = 0;
  private isOpen = false;
  constructor(
    public app: App,
    protected readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    textInputEl.addEventListener('input', () => this.update());
    textInputEl.addEventListener('focus', () => this.update());
    textInputEl.addEventListener('blur', () => this.close());
    this.scope.register([], 'ArrowDown', () => this.move(1));
    this.scope.register([], 'ArrowUp', () => this.move(-1));
    this.scope.register([], 'Enter', (evt) => {
      const value = this.current[this.selected];
      if (value !== undefined) this.choose(value, evt);
      return false;
    });
    this.scope.register([], 'Escape', () => {
      this.close();
      return false;
    });
  }
  private update(): void {
    const query =
      (this.textInputEl as HTMLInputElement).value ?? this.textInputEl.textContent ?? '';
    const found = this.getSuggestions(query);
    if (found instanceof Promise) void found.then((list) => this.show(list));
    else this.show(found);
  }
  private show(list: T[]): void {
    this.current = list.slice(0, this.limit);
    if (this.current.length === 0) return this.close();
    this.selected = 0;
    this.suggestEl.empty();
    this.current.forEach((value, i) => {
      const item = this.suggestEl.createDiv({ cls: 'suggestion-item' });
      item.toggleClass('is-selected', i === 0);
      this.renderSuggestion(value, item);
      item.addEventListener('click', (evt) => this.choose(value, evt));
    });
    document.body.appendChild(this.suggestEl);
    if (!this.isOpen) this.app.keymap.pushScope(this.scope);
    this.isOpen = true;
  }
  private move(by: number): false {
    const n = this.current.length;
    this.selected = (this.selected + by + n) % n;
    [...this.suggestEl.children].forEach((el, i) =>
      el.toggleClass('is-selected', i === this.selected),
    );
    return false;
  }
  private choose(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectSuggestion(value, evt);
    this.selectCb?.(value, evt);
  }
  setValue(value: string): void {
    (this.textInputEl as HTMLInputElement).value = value;
  }
  getValue(): string {
    return (this.textInputEl as HTMLInputElement).value;
  }
  onSelect(cb: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCb = cb;
    return this;
  }
  close(): void {
    this.suggestEl.remove();
    if (this.isOpen) this.app.keymap.popScope(this.scope);
    this.isOpen = false;
  }
  selectSuggestion(_value: T, _evt: MouseEvent | KeyboardEvent): void {}
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
}

export type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Shift' | 'Alt';
export interface KeymapContext {
  vkey: string;
  modifiers: string | null;
  key: string | null;
}
/** Returns false to prevent the key's default (`false | any` in obsidian.d.ts). */
export type KeymapEventListener = (evt: KeyboardEvent, ctx: KeymapContext) => unknown;
export interface KeymapEventHandler {
  scope: Scope;
  modifiers: string | null;
  key: string | null;
}

/** The modifiers of a key event as a scope compares them; `Mod` is Ctrl (not macOS). */
const modifierList = (mods: readonly string[]) =>
  [...new Set(mods.map((m) => (m === 'Mod' ? 'Ctrl' : m)))].sort().join(',');
const pressedModifiers = (evt: KeyboardEvent) =>
  modifierList(
    [
      evt.altKey && 'Alt',
      evt.ctrlKey && 'Ctrl',
      evt.metaKey && 'Meta',
      evt.shiftKey && 'Shift',
    ].filter((m): m is string => m !== false),
  );

/**
 * As Obsidian's: key handlers by modifiers and key (`[]` for none, null for any). The first
 * matching handler takes the key; returning false prevents its default. A key no handler takes
 * goes to the parent scope.
 */
export class Scope {
  private handlers: (KeymapEventHandler & { func: KeymapEventListener })[] = [];
  constructor(private readonly parent?: Scope) {}
  register(
    modifiers: Modifier[] | null,
    key: string | null,
    func: KeymapEventListener,
  ): KeymapEventHandler {
    const handler = {
      scope: this,
      modifiers: modifiers === null ? null : modifierList(modifiers),
      key,
      func,
    };
    this.handlers.push(handler);
    return handler;
  }
  unregister(handler: KeymapEventHandler): void {
    this.handlers = this.handlers.filter((h) => h !== handler);
  }
  /** Stand-in helper: hands a key event to the first matching handler; false when none took it. */
  handle(evt: KeyboardEvent): boolean {
    const modifiers = pressedModifiers(evt);
    const h = this.handlers.find(
      (h) =>
        (h.key === null || h.key.toLowerCase() === evt.key.toLowerCase()) &&
        (h.modifiers === null || h.modifiers === modifiers),
    );
    if (!h) return this.parent?.handle(evt) ?? false;
    if (h.func(evt, { vkey: evt.key, modifiers, key: h.key }) === false) evt.preventDefault();
    return true;
  }
}

/**
 * As Obsidian's: a stack of scopes over the app's own; the newest pushed hears the keys. Keys
 * pressed anywhere in the window reach it before the focused element's own listeners.
 */
export class Keymap {
  /** The keymap of the newest App: one Obsidian window per test. */
  static current: Keymap | null = null;
  private scopes: Scope[] = [];
  constructor(private readonly root: Scope) {}
  pushScope(scope: Scope): void {
    this.popScope(scope);
    this.scopes.push(scope);
  }
  popScope(scope: Scope): void {
    this.scopes = this.scopes.filter((s) => s !== scope);
  }
  /** Stand-in helper: the scope that hears keys now. */
  get active(): Scope {
    return this.scopes[this.scopes.length - 1] ?? this.root;
  }
  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    return pressedModifiers(evt as KeyboardEvent)
      .split(',')
      .includes(modifierList([modifier]));
  }
  /**
   * As obsidian.d.ts documents it: Cmd/Ctrl or a middle click → 'tab', with Alt → 'split',
   * with Alt and Shift → 'window'; otherwise false.
   */
  static isModEvent(evt?: UserEvent | null): PaneType | boolean {
    if (!evt || !('ctrlKey' in evt)) return false;
    const mod = evt.ctrlKey || evt.metaKey;
    if (mod && evt.altKey) return evt.shiftKey ? 'window' : 'split';
    if (mod || (evt instanceof MouseEvent && evt.button === 1)) return 'tab';
    return false;
  }
}
window.addEventListener('keydown', (evt) => Keymap.current?.active.handle(evt), true);

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf('#');
  return i < 0
    ? { path: linktext, subpath: '' }
    : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}
