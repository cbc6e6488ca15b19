/** Colours and fonts of the current Obsidian theme, read from its CSS variables. */
export interface Theme {
  background: string;
  text: string;
  muted: string;
  faint: string;
  border: string;
  accent: string;
  error: string;
  warning: string;
  success: string;
  /** The theme's UI font family. */
  fontFamily: string;
  /** Label size in CSS pixels: the theme's small UI font, never below 12 px. */
  fontPx: number;
  /** Route colours, in order: a route keeps its colour while the model does not change. */
  routes: string[];
}

/**
 * Obsidian's named colours that mean nothing else on the map. Green (win, reached), orange
 * (setback, stale), red (error, missing) and yellow (too near orange) are left out; the four
 * hues left come again mixed towards the text colour, so eight routes stay apart.
 */
export const ROUTE_COLOR_VARS = ['--color-blue', '--color-purple', '--color-cyan', '--color-pink'];
const FALLBACK = ['#086ddd', '#7852ee', '#00bfbc', '#d53984'];

/** Mixes two `#rrggbb` colours; any other notation is returned as it is. */
export function mix(a: string, b: string, t: number): string {
  const rgb = (c: string) => /^#([0-9a-f]{6})$/i.exec(c.trim())?.[1];
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return a;
  const channel = (i: number) => {
    const v = parseInt(x.slice(i, i + 2), 16) * (1 - t) + parseInt(y.slice(i, i + 2), 16) * t;
    return Math.round(v).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(2)}${channel(4)}`;
}

export function readTheme(el: HTMLElement): Theme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const text = v('--text-normal', '#222222');
  const hues = ROUTE_COLOR_VARS.map((name, i) => v(name, FALLBACK[i] ?? '#888888'));
  const size = parseFloat(v('--font-ui-small', '13px'));
  return {
    background: v('--background-primary', '#ffffff'),
    text,
    muted: v('--text-muted', '#666666'),
    faint: v('--text-faint', '#999999'),
    border: v('--background-modifier-border', '#dddddd'),
    accent: v('--interactive-accent', '#7b6cd9'),
    error: v('--text-error', '#e93147'),
    warning: v('--text-warning', '#ec7500'),
    success: v('--text-success', '#08b94e'),
    fontFamily: v('--font-interface', 'sans-serif'),
    fontPx: Math.max(12, Number.isFinite(size) ? size : 13),
    routes: [...hues, ...hues.map((c) => mix(c, text, 0.45))],
  };
}
