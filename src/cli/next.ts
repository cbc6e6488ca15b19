import { toReportNext, type Analysis } from '../model';
import type { CliArgs } from './args';
import { escapeControls, toJsonText } from './escape-text';
import { nextStepLines } from './format-plan';
import type { CliIo } from './cli-io';

/**
 * `work-model next <vault>`: the ranked next steps, each with the routes it is next on and
 * how many routes and outcomes it keeps open; with `--json`, `{ "next": [...] }`, the same
 * entries as the report's `next`.
 */
export function runNext(args: CliArgs, analysis: Analysis, io: CliIo): number {
  const next = toReportNext(analysis.next);
  const name = (id: string) => analysis.node.get(id)?.title ?? id;
  io.out(
    args.json
      ? toJsonText({ next })
      : [`Next steps in ${args.vault}, as of ${analysis.today}`, ...nextStepLines({ next }, name)]
          .map(escapeControls)
          .join('\n'),
  );
  return 0;
}
