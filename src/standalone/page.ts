import type { PageData } from '../model/outputs/map/page-data';
import { WorkMap } from '../view/work-map';
import { installDomShim } from './dom-shim';

declare global {
  interface Window {
    workModelMap?: WorkMap;
  }
}

/**
 * The standalone map: the same WorkMap as in Obsidian, on a page of its own. Clicking a note
 * fires a cancelable `work-model-open` event; unless cancelled, the note opens in Obsidian
 * through an obsidian:// link.
 */
function start(): void {
  installDomShim();
  const dataEl = document.getElementById('work-model-data');
  const app = document.getElementById('app');
  if (!dataEl || !app) return;
  const data = JSON.parse(dataEl.textContent ?? '{}') as PageData;
  const body = document.body;
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  body.toggleClass('theme-dark', dark);
  body.toggleClass('theme-light', !dark);

  const open = (path: string, newTab: boolean, create: boolean) => {
    const event = new CustomEvent('work-model-open', {
      detail: { path, newTab, create },
      cancelable: true,
    });
    if (!window.dispatchEvent(event)) return;
    const file = encodeURIComponent(path.replace(/\.md$/, ''));
    window.open(
      `obsidian://open?vault=${encodeURIComponent(data.vault)}&file=${file}`,
      newTab ? '_blank' : '_self',
    );
  };
  const map = new WorkMap(
    app,
    {
      open: (p, e) => open(p, !!e && (e.ctrlKey || e.metaKey), false),
      createNote: (name) => open(name, false, true),
      savePositions: () => undefined,
    },
    data.filters,
  );
  map.update(data.model);
  window.workModelMap = map;

  const theme = document.getElementById('theme-toggle');
  const label = (isDark: boolean) => {
    theme?.setText(isDark ? 'Light theme' : 'Dark theme');
    theme?.setAttr('aria-label', isDark ? 'Switch to the light theme' : 'Switch to the dark theme');
  };
  theme?.addEventListener('click', () => {
    const toDark = !body.hasClass('theme-dark');
    body.toggleClass('theme-dark', toDark);
    body.toggleClass('theme-light', !toDark);
    label(toDark);
    map.refreshTheme();
  });
  label(dark);
}

start();
