/**
 * Rows as lines of aligned columns: the first column left-aligned, the figures right-aligned,
 * so a column of numbers reads at a glance.
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('   ')
      .trimEnd(),
  );
}
