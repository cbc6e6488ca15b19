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
  font: string;
  /** Route colours, in order: a route keeps its colour while the model does not change. */
  routes: string[];
}

/** Obsidian's named colours, defined by every theme for light and dark. */
export const ROUTE_COLOR_VARS = [
  '--color-blue',
  '--color-orange',
  '--color-green',
  '--color-purple',
  '--color-red',
  '--color-cyan',
  '--color-pink',
  '--color-yellow',
];

export function readTheme(el: HTMLElement): Theme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    background: v('--background-primary', '#ffffff'),
    text: v('--text-normal', '#222222'),
    muted: v('--text-muted', '#666666'),
    faint: v('--text-faint', '#999999'),
    border: v('--background-modifier-border', '#dddddd'),
    accent: v('--interactive-accent', '#7b6cd9'),
    error: v('--text-error', '#e93147'),
    warning: v('--text-warning', '#ec7500'),
    success: v('--text-success', '#08b94e'),
    font: `${v('--font-ui-small', '13px')} ${v('--font-interface', 'sans-serif')}`,
    routes: ROUTE_COLOR_VARS.map((name, i) =>
      v(
        name,
        ['#086ddd', '#ec7500', '#08b94e', '#7852ee', '#e93147', '#00bfbc', '#d53984', '#e0ac00'][
          i
        ] ?? '#888888',
      ),
    ),
  };
}
