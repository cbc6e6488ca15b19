/**
 * A value built on first use and kept. Schemas are built this way rather than at module load:
 * Obsidian evaluates main.js at start-up, and building them there would add to every start.
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
