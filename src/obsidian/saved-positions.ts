import type { SavedPosition } from '../view/layout/map-layout';

const isPosition = (v: unknown): v is SavedPosition => {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.x === 'number' &&
    Number.isFinite(p.x) &&
    typeof p.y === 'number' &&
    Number.isFinite(p.y) &&
    (p.pinned === undefined || typeof p.pinned === 'boolean')
  );
};

/** Positions from data.json: only well-formed entries, so a hand-edit cannot make junk nodes. */
export function readPositions(raw: unknown): Map<string, SavedPosition> {
  const out = new Map<string, SavedPosition>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [path, p] of Object.entries(raw)) {
    if (path !== '' && isPosition(p))
      out.set(path, p.pinned ? { x: p.x, y: p.y, pinned: true } : { x: p.x, y: p.y });
  }
  return out;
}

/**
 * The view's node positions, per note path. They follow renames, are dropped with their
 * note, and merge with positions saved on another device without losing the local ones not
 * saved yet. `map` is shared with the view, so it is changed in place, never replaced.
 */
export class SavedPositions {
  readonly map: Map<string, SavedPosition>;
  /** Paths changed here since the last save. */
  private dirty = new Set<string>();

  constructor(raw: unknown) {
    this.map = readPositions(raw);
  }

  set(path: string, at: SavedPosition): void {
    this.map.set(path, at);
    this.dirty.add(path);
  }

  /** Forgets a path; true when it had a position. */
  delete(path: string): boolean {
    this.dirty.add(path);
    return this.map.delete(path);
  }

  rename(oldPath: string, newPath: string): boolean {
    const at = this.map.get(oldPath);
    if (!at) return false;
    this.delete(oldPath);
    this.set(newPath, at);
    return true;
  }

  /** Drops positions of notes that no longer exist; true when any were dropped. */
  prune(exists: (path: string) => boolean): boolean {
    let dropped = false;
    for (const path of [...this.map.keys()])
      if (!exists(path)) dropped = this.delete(path) || dropped;
    return dropped;
  }

  /** Takes positions saved elsewhere; local changes not saved yet win. */
  merge(raw: unknown): void {
    const fresh = readPositions(raw);
    for (const path of [...this.map.keys()])
      if (!fresh.has(path) && !this.dirty.has(path)) this.map.delete(path);
    for (const [path, at] of fresh) if (!this.dirty.has(path)) this.map.set(path, at);
  }

  /** What data.json stores; the caller saves it, so nothing is dirty any more. */
  toData(): Record<string, SavedPosition> {
    this.dirty.clear();
    return Object.fromEntries(this.map);
  }
}
