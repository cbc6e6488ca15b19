// The plugin and the stand-in obsidian module expect a DOM: give Node one before they load.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true });
const g = globalThis as unknown as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLInputElement',
  'HTMLSelectElement',
  'HTMLTextAreaElement',
  'HTMLButtonElement',
  'HTMLDivElement',
  'Event',
  'MouseEvent',
  'KeyboardEvent',
  'CustomEvent',
  'DocumentFragment',
  'Document',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
]) {
  g[key] = (dom.window as unknown as Record<string, unknown>)[key];
}
// Helpers the stand-in installs on `window` later, seen as globals as in a browser.
for (const key of [
  'createEl',
  'createDiv',
  'createSpan',
  'createFragment',
  'activeDocument',
  'activeWindow',
]) {
  Object.defineProperty(g, key, {
    configurable: true,
    get: () => (dom.window as unknown as Record<string, unknown>)[key],
  });
}
