import type { MapKind } from './map-model';

/** One mark the legend explains: its swatch (`mod-<mark>`) and its words. */
export interface LegendMark {
  mark: string;
  text: string;
}

/** How the map names, sizes, orders and draws one kind of note. */
export interface KindStyle {
  /** What a tooltip calls it. */
  name: string;
  /** Its station's radius at zoom 1; lines running through it may widen it. */
  radius: number;
  /**
   * The most lines its label wraps to (one more where its layer's column is narrow). Outcomes
   * and routes may take a third: their names are what a reader compares, and two work versions
   * often differ only at the end ("… climate nonprofit designer").
   */
  labelLines: number;
  /** Whether its label wraps at all where there is room: an evidence note's stays one line. */
  labelWraps: boolean;
  /** Its place in the note list (and the legend): lower first. */
  listOrder: number;
  /** Which labels win a place first when they collide: lower first. */
  labelPriority: number;
  /** Over the node cap, lower goes first; Now's is above every other kind's, on a route or not. */
  dropOrder: number;
  /** An outcome, stepping stone or route: a note of the model itself, named as the analysis names it. */
  modelNote: boolean;
  /** Drawn faded until it or a neighbour is lit: evidence dots would otherwise crowd the map. */
  fadedUntilLit: boolean;
  /** The theme colour of its label, and of its outline where that is dashed. */
  ink: 'text' | 'error';
  /** Its outline's dash, in screen pixels; empty for a solid outline or none. */
  outlineDash: readonly number[];
  /** The legend's rows for it, and for the marks drawn on it (step numbers, interchanges). */
  legend: readonly LegendMark[];
}

/**
 * Every kind of note on the map, one row each: a kind added to `MapKind` without a row here is
 * a type error, and every part of the map (tooltip, legend, note list, labels, cap, layout,
 * drawing) reads its kind's row from here.
 */
export const KIND_STYLES: Readonly<Record<MapKind, KindStyle>> = {
  now: {
    name: 'Where you are now',
    radius: 12,
    labelLines: 2,
    labelWraps: true,
    listOrder: 0,
    labelPriority: 2,
    dropOrder: 99,
    modelNote: false,
    fadedUntilLit: false,
    ink: 'text',
    outlineDash: [],
    legend: [{ mark: 'now', text: 'Now: where every route starts' }],
  },
  route: {
    name: 'Route',
    radius: 8,
    labelLines: 3,
    labelWraps: true,
    listOrder: 1,
    labelPriority: 3,
    dropOrder: 4,
    modelNote: true,
    fadedUntilLit: false,
    ink: 'text',
    outlineDash: [],
    legend: [
      {
        mark: 'route',
        text: 'A route: its own note, in its colour; its line runs through its steps in order',
      },
      { mark: 'number', text: 'Step number along a route' },
    ],
  },
  skill: {
    name: 'Stepping stone',
    radius: 9,
    labelLines: 2,
    labelWraps: true,
    listOrder: 2,
    labelPriority: 4,
    dropOrder: 2,
    modelNote: true,
    fadedUntilLit: false,
    ink: 'text',
    outlineDash: [],
    legend: [
      { mark: 'planned', text: 'Stepping stone, planned' },
      { mark: 'building', text: 'Stepping stone, building (half full)' },
      { mark: 'done', text: 'Stepping stone, done (full, with a tick)' },
      { mark: 'interchange', text: 'Interchange: a stone on more than one route (route strips)' },
    ],
  },
  outcome: {
    name: 'Outcome',
    radius: 10,
    labelLines: 3,
    labelWraps: true,
    listOrder: 3,
    labelPriority: 1,
    dropOrder: 3,
    modelNote: true,
    fadedUntilLit: false,
    ink: 'text',
    outlineDash: [],
    legend: [
      {
        mark: 'outcome',
        text: 'Outcome (filled once reached), with its category and horizon year',
      },
    ],
  },
  ghost: {
    name: 'Missing note',
    radius: 9,
    labelLines: 2,
    labelWraps: true,
    listOrder: 4,
    labelPriority: 4,
    dropOrder: 1,
    modelNote: false,
    fadedUntilLit: false,
    ink: 'error',
    outlineDash: [3, 3],
    legend: [{ mark: 'ghost', text: 'Missing note (dashed): click to create it' }],
  },
  evidence: {
    name: 'Evidence',
    radius: 5,
    labelLines: 2,
    labelWraps: false,
    listOrder: 5,
    labelPriority: 5,
    dropOrder: 0,
    modelNote: false,
    fadedUntilLit: true,
    ink: 'text',
    outlineDash: [],
    legend: [],
  },
};

/** The kinds in the note list's order (the legend's too). */
export const KINDS_IN_LIST_ORDER = (Object.keys(KIND_STYLES) as MapKind[]).sort(
  (a, b) => KIND_STYLES[a].listOrder - KIND_STYLES[b].listOrder,
);
