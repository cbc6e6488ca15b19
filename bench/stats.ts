export interface Row {
  what: string;
  value: number;
  unit: string;
  /** The SPEC §7 goal, when there is one. */
  goal?: number;
  better: 'lower' | 'higher';
  /** Extra text: peers compared, percentiles. */
  note?: string;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/**
 * `--only=animation,load`: the parts of the bench to run (see run.mjs), for a quick look at a
 * few rows while working on them. Without it, every part runs.
 */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

/** Whether the part named runs in this bench run. */
export const wants = (part: string): boolean => !only || only.includes(part);

/** Whether only some parts run (the results then go to dist/bench, not bench/results.md). */
export const partial = only !== undefined;
