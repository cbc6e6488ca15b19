import type { Measure } from '../../model/outputs/map/layout/geometry';
import type { Theme } from './theme';

/**
 * Label widths in the theme's font, measured by a canvas of its own and remembered: the layout
 * asks for the same titles again and again. Without a 2D context (a test page), an estimate.
 */
export function textMeasure(theme: Theme): Measure {
  const ctx = createEl('canvas').getContext('2d');
  const fontPx = theme.fontPx;
  if (ctx) ctx.font = `${fontPx}px ${theme.fontFamily}`;
  const cache = new Map<string, number>();
  return {
    fontPx,
    lineHeight: Math.round(fontPx * 1.25),
    width: (text) => {
      let w = cache.get(text);
      if (w === undefined) {
        w = ctx ? ctx.measureText(text).width : text.length * fontPx * 0.6;
        cache.set(text, w);
      }
      return w;
    },
  };
}
