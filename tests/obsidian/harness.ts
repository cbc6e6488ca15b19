import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type * as Obsidian from 'obsidian';
import { afterEach, beforeEach, vi } from 'vitest';
import manifest from '../../manifest.json';
import WorkModelPlugin from '../../src/main';
// The same module the `obsidian` alias points at, imported by path for its test helpers.
import { App, Modal, Notice, TFile, type Plugin } from './stand-in/obsidian';
import { clock } from './stand-in/vault';

export { clock };

// "Today" for the plugin is the stand-in clock's day (2026-06-01), so results do not depend
// on when the tests run. Only Date is faked; timers run for real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: clock.now });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A vault with the given files (path → text), all modified at `clock.now` unless given. */
export function appWith(files: Record<string, string | { text: string; mtime: number }> = {}): App {
  const app = new App();
  for (const [path, f] of Object.entries(files)) {
    if (typeof f === 'string') app.vault.seed(path, f);
    else app.vault.seed(path, f.text, f.mtime);
  }
  return app;
}

/** A vault holding a copy of a folder on disk (hidden folders left out), with its mtimes. */
export async function appFromFolder(dir: string, mtime?: number): Promise<App> {
  const app = new App();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split('\\').join('/');
    if (!entry.isFile() || path.split('/').some((p) => p.startsWith('.'))) continue;
    app.vault.seed(path, await readFile(full, 'utf8'), mtime ?? (await stat(full)).mtimeMs);
  }
  return app;
}

/** The plugin, constructed as Obsidian constructs it, not yet loaded. */
export function newPlugin(app: App): WorkModelPlugin {
  return new WorkModelPlugin(app as unknown as Obsidian.App, manifest);
}

/** Loads the plugin as Obsidian does: onload, then the layout becomes ready. */
export async function loadPlugin(app: App, data: unknown = null): Promise<WorkModelPlugin> {
  const plugin = new WorkModelPlugin(app as unknown as Obsidian.App, manifest);
  stub(plugin).data = data;
  stub(plugin).loaded = true;
  await plugin.onload();
  app.workspace.ready();
  await plugin.index.ready;
  return plugin;
}

/** Lets pending metadata events fire and the index tell its listeners. */
export async function settle(plugin: WorkModelPlugin): Promise<void> {
  await appOf(plugin).metadataCache.settle();
  plugin.index.notify();
}

export function lastNotice(): string {
  return Notice.shown[Notice.shown.length - 1] ?? '';
}

export function topModal<T>(): T {
  const m = Modal.openModals[Modal.openModals.length - 1];
  if (!m) throw new Error('No modal is open');
  return m as unknown as T;
}

/** Types into an input as a user does: sets the value and fires `input`. */
export function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('Nothing to click');
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** The visible suggestions of the open input suggest popover. */
export function suggestions(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.suggestion-container .suggestion-item')];
}

/** The stand-in's view of the plugin: what it recorded (commands, status bar, data). */
export function stub(plugin: WorkModelPlugin): Plugin {
  return plugin as unknown as Plugin;
}

/** The stand-in App behind the plugin. */
export function appOf(plugin: WorkModelPlugin): App {
  return plugin.app as unknown as App;
}

export function runCommand(plugin: WorkModelPlugin, id: string): void {
  const command = stub(plugin).commands.find((c) => c.id === id);
  if (!command) throw new Error(`No command ${id}`);
  if (command.callback) void command.callback();
  else if (command.checkCallback) command.checkCallback(false);
}

/** Waits for promises started by clicks and commands to finish. */
export async function idle(plugin: WorkModelPlugin): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => window.setTimeout(r, 0));
    await appOf(plugin).metadataCache.settle();
  }
  plugin.index.notify();
}

/** The file at a path, failing the test when there is none. */
export function fileAt(app: App, path: string): TFile {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`No file at ${path}`);
  return file;
}

/**
 * Puts `el` inside a Reading view, which (as Obsidian's does) opens any `a.internal-link` clicked
 * inside it by its `data-href` and shows its preview on hover. Returns what it opened itself.
 */
export function readingView(app: App, el: HTMLElement): { opened: string[] } {
  const view = document.body.createDiv({ cls: 'markdown-reading-view' });
  view.appendChild(el);
  const opened: string[] = [];
  view.addEventListener('click', (evt) => {
    const link = (evt.target as HTMLElement).closest('a.internal-link');
    const href = link?.getAttribute('data-href');
    if (href) opened.push(href);
  });
  view.addEventListener('mouseover', (evt) => {
    const link = (evt.target as HTMLElement).closest('a.internal-link');
    if (link) app.workspace.trigger('hover-link', { source: 'preview', targetEl: link });
  });
  return { opened };
}

/** A form's field, found as a user finds it: by its label. */
export function field(modal: { contentEl: HTMLElement }, name: string): HTMLElement {
  const setting = [...modal.contentEl.querySelectorAll('.setting-item')].find(
    (s) => s.querySelector('.setting-item-name')?.textContent === name,
  );
  if (!setting) throw new Error(`No field ${name}`);
  return setting as HTMLElement;
}

/** The text input of a form's field. */
export const input = (modal: { contentEl: HTMLElement }, name: string) =>
  field(modal, name).querySelector('input') as HTMLInputElement;
