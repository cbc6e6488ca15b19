import type { Filters } from '../model/outputs/map/scene';
import type { Camera } from '../view/input/camera';

/** What the pane keeps of its map with the workspace: camera, filters, selection, search. */
export interface SavedMapState {
  /** null: the map fits itself to the pane. */
  camera?: Camera | null;
  filters?: Partial<Filters>;
  selectedRoutes?: string[];
  selectedStep?: string | null;
  search?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function readCamera(v: unknown): Camera | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || ![v.k, v.x, v.y].every(isFiniteNumber)) return undefined;
  const k = v.k as number;
  return k > 0 ? { k, x: v.x as number, y: v.y as number } : undefined;
}

function readFilters(v: unknown): Partial<Filters> | undefined {
  if (!isRecord(v)) return undefined;
  const f: { -readonly [K in keyof Filters]?: Filters[K] } = {};
  if (isStrings(v.hiddenRouteStatuses)) f.hiddenRouteStatuses = v.hiddenRouteStatuses;
  if (isStrings(v.hiddenSkillCategories)) f.hiddenSkillCategories = v.hiddenSkillCategories;
  if (typeof v.showEvidence === 'boolean') f.showEvidence = v.showEvidence;
  if (typeof v.showStale === 'boolean') f.showStale = v.showStale;
  if (isFiniteNumber(v.nodeCap) && v.nodeCap > 0) f.nodeCap = Math.floor(v.nodeCap);
  return Object.keys(f).length > 0 ? f : undefined;
}

/**
 * The map state saved in the workspace, part by part: the workspace file is data that an
 * older version, another device or a hand edit may have written, so a part that is not what
 * it should be is left out (the map keeps its own) rather than trusted.
 */
export function readSavedMapState(value: unknown): SavedMapState {
  if (!isRecord(value)) return {};
  const state: SavedMapState = {};
  const camera = readCamera(value.camera);
  if (camera !== undefined) state.camera = camera;
  const filters = readFilters(value.filters);
  if (filters) state.filters = filters;
  if (isStrings(value.selectedRoutes)) state.selectedRoutes = value.selectedRoutes;
  if (typeof value.selectedStep === 'string' || value.selectedStep === null)
    state.selectedStep = value.selectedStep;
  if (typeof value.search === 'string') state.search = value.search;
  return state;
}
