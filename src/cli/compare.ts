import { findRoutePair, headToHead, type Analysis } from '../model';
import type { CliArgs } from './args';
import { escapeControls, toJsonText } from './escape-text';
import type { CliIo } from './cli-io';

/**
 * `work-model compare <vault> <a> <b>`: the head-to-head of two routes in words and numbers,
 * or with `--json` the same record as one object. A name that fits no route (or several) is
 * bad usage: exit 2 with the routes there are.
 */
export function runCompare(args: CliArgs, analysis: Analysis, io: CliIo): number {
  const found = findRoutePair(analysis, args.routes);
  if ('messages' in found) {
    for (const m of found.messages) io.err(escapeControls(`work-model: ${m}`));
    return 2;
  }
  const [a, b] = found.pair;
  const h = headToHead(analysis, a, b);
  io.out(
    args.json
      ? toJsonText({ today: analysis.today, ...h })
      : [`${a.title} vs ${b.title}, as of ${analysis.today}`, '', ...h.lines]
          .map(escapeControls)
          .join('\n'),
  );
  return 0;
}
