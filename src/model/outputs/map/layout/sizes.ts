import { labelOffset, LANE_GAP, metaOf, radiusFor, type Measure, type Station } from './geometry';
import { KIND_STYLES } from '../kind-styles';
import { wrapLabel } from './label-text';
import { clamp, type Item, type LayeredGraph } from './layered-graph';

export const MARGIN = 24;
export const GAP = 22;

/**
 * Each item's label and extent: labels wrapped to a width that lets the drawing fill a pane of
 * the given size, and the room each station needs along and across the layers.
 */
export function* sizes(
  g: LayeredGraph,
  layers: Item[][],
  measure: Measure,
  pane: { width: number; height: number },
  horizontal: boolean,
): Generator<void, Map<string, Station['label']>, void> {
  const { items, layerCount, small } = g;
  const widest = Math.max(1, ...layers.map((l) => l.filter((it) => it.node).length));
  // Left to right, labels alternate below and above from layer to layer, as on a transit map:
  // a label may be half as wide again as the spacing of layers, and never reaches the station
  // of the next layer.
  const pitch = (pane.width - 2 * MARGIN) / (layerCount + 0.5);
  const labelWidth = horizontal
    ? clamp(Math.min(1.5 * pitch, 2 * (pitch - 16)), 72, 190)
    : clamp((pane.width - 2 * MARGIN) / widest - 40, 80, 220);
  const labels = new Map<string, Station['label']>();
  let measured = 0;
  for (const it of items.values()) {
    // Measuring text is the slow part of a large map: pause every few hundred labels.
    if (++measured % 100 === 0) yield;
    it.r = it.node ? radiusFor(it.node.kind, it.routes.length) : (it.routes.length * LANE_GAP) / 2;
    if (!it.node) {
      it.before = it.after = it.r + 2;
      it.mainBefore = 0;
      continue;
    }
    const style = KIND_STYLES[it.node.kind];
    const maxLines = style.labelLines;
    const lines = style.labelWraps
      ? wrapLabel(it.node.title, labelWidth, measure, maxLines)
      : [it.node.title];
    const meta = metaOf(it.node);
    const all = meta ? [...lines, meta] : lines;
    const width = Math.ceil(Math.max(...all.map((t) => measure.width(t))));
    const height = all.length * measure.lineHeight;
    const side = !horizontal ? 'right' : it.layer % 2 === 0 ? 'below' : 'above';
    const label: Station['label'] = { lines, meta, width, height, side };
    // A label within its own layer's column, for where the wide one meets a neighbour's.
    if (horizontal && small && width > pitch - GAP) {
      // Narrower, so one more line: a stone's name fits whole where two lines would cut it.
      const narrow = wrapLabel(it.node.title, Math.max(60, pitch - GAP), measure, maxLines + 1);
      const parts = meta ? [...narrow, meta] : narrow;
      label.compact = {
        lines: narrow,
        width: Math.ceil(Math.max(...parts.map((t) => measure.width(t)))),
        height: parts.length * measure.lineHeight,
      };
    }
    labels.set(it.key, label);
    if (horizontal) {
      // The layered layout marks no station as an interchange.
      const label = labelOffset(it.r, side, false) + height + GAP / 2;
      it.before = side === 'above' ? label : it.r + GAP / 2;
      it.after = side === 'below' ? label : it.r + GAP / 2;
      it.mainBefore = Math.max(it.r, width / 2);
    } else {
      it.before = it.r + GAP / 2;
      it.after = labelOffset(it.r, 'right', false) + width + GAP;
      it.mainBefore = Math.max(it.r, height / 2);
    }
  }
  return labels;
}
