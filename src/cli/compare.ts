import {
  findRoutePair,
  setbackLines,
  setbacksSentence,
  verdictOf,
  verdictRows,
  verdictSentence,
  verdictTitle,
  VERDICT_FIGURES_NOTE,
  type Analysis,
  type Verdict,
} from '../model';
import type { CliArgs } from './args';
import { escapeControls, toJsonText } from './escape-text';
import type { CliIo } from './cli-io';
import { textTable } from './text-table';

/** `compare --json`: the verdict, each route's figures in both windows, what both share. */
function verdictJson(v: Verdict) {
  return {
    today: v.today,
    window: v.windowDays,
    since: v.since,
    recentWindow: v.recentDays,
    recentSince: v.recentSince,
    leader: v.leader,
    leaderLast30: v.leaderLast30,
    routes: v.sides,
    shared: v.shared,
    words: verdictSentence(v),
  };
}

/**
 * `work-model compare <vault> <a> <b>`: the head-to-head of two routes, each named once in
 * full and then by its short name, its verdict in a sentence, the figures it rests on as a
 * small table, and the setbacks with what they taught; with `--json` the verdict record.
 * A name that fits no route (or several) is bad usage: exit 2 with the routes there are.
 */
export function runCompare(args: CliArgs, analysis: Analysis, io: CliIo): number {
  const found = findRoutePair(analysis, args.routes);
  if ('messages' in found) {
    for (const m of found.messages) io.err(escapeControls(`work-model: ${m}`));
    return 2;
  }
  const v = verdictOf(analysis, ...found.pair);
  if (args.json) {
    io.out(toJsonText(verdictJson(v)));
    return 0;
  }
  const { headers, rows } = verdictRows(v);
  io.out(
    [
      `${verdictTitle(v)}, as of ${v.today}`,
      '',
      verdictSentence(v),
      VERDICT_FIGURES_NOTE,
      '',
      ...textTable(headers, rows).map((l) => `  ${l}`),
      '',
      setbacksSentence(v),
      ...setbackLines(v).map((l) => `  - ${l}`),
    ]
      .map(escapeControls)
      .join('\n'),
  );
  return 0;
}
