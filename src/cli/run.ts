import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  analyze,
  buildWorkGraph,
  dailyNoteDays,
  NO_DAILY_NOTES,
  compareProblems,
  dayOfTime,
  gaugesBefore,
  parseSettings,
  toCanvas,
  toReport,
  type Settings,
} from '../model';
import { parseArgs, USAGE, type CliArgs } from './args';
import { initialFilters } from '../model/outputs/map/scene';
import { mapPositions } from '../model/outputs/map/layout/map-positions';
import { toMapModel } from '../model/outputs/map/map-model';
import { errorCode } from './error-code';
import { toJsonText } from './escape-text';
import { refuseExport, type ExportTarget } from './export-targets';
import { progressLine } from './progress';
import { standaloneHtml } from './export-html';
import { formatProblems } from './format-text';
import { formatReport } from './format-report';
import { parseDay } from './format-date';
import { runCompare } from './compare';
import { runNext } from './next';
import { readPreviousRevision } from './previous-revision';
import { runRevise } from './revise';
import { readVault } from './read-vault';
import type { CliIo } from './cli-io';

class UsageError extends Error {}

async function loadSettings(path: string | null): Promise<Settings> {
  let raw: unknown = {};
  if (path !== null) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read the settings file ${path}: ${errorCode(e)}`);
    }
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`the settings file ${path} is not valid JSON: ${(e as Error).message}`);
    }
  }
  const result = parseSettings(raw);
  if (!result.ok)
    throw new UsageError(
      `the settings file ${path ?? ''} has bad values: ${result.errors.join('; ')}`,
    );
  return result.settings;
}

async function assertVault(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`the vault folder ${path} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`${path} is a file; give the vault's folder`);
}

async function execute(args: CliArgs, io: CliIo): Promise<number> {
  const settings = await loadSettings(args.config);
  await assertVault(args.vault);
  const targets: ExportTarget[] = [];
  if (args.html) targets.push({ flag: '--html', file: args.html });
  if (args.canvas) targets.push({ flag: '--canvas', file: args.canvas });
  const refusal = await refuseExport(args.vault, targets, args.force, args.config);
  if (refusal) throw new UsageError(refusal);
  const progress = progressLine(args.json ? undefined : io.progress);
  const vault = await readVault(args.vault, settings, progress.tick)
    .catch((e: unknown) => {
      throw new UsageError(`cannot read the vault ${args.vault}: ${errorCode(e)}`);
    })
    .finally(progress.end);
  const dailyDay = args.daily ? dailyNoteDays(args.daily, parseDay) : NO_DAILY_NOTES;
  const graph = buildWorkGraph(vault.notes, vault.otherFiles, settings, dailyDay);
  graph.problems = [...graph.problems, ...vault.problems].sort(compareProblems);
  const status = graph.problems.some((p) => p.severity === 'error') ? 1 : 0;
  if (args.command === 'check') {
    io.out(formatProblems(graph.problems));
    return status;
  }
  const today = args.now ?? io.today();
  const previous = await readPreviousRevision(args.vault, graph, today);
  const analysis = analyze(graph, settings, today, undefined, gaugesBefore(previous));
  if (args.command === 'compare') return runCompare(args, analysis, io);
  if (args.command === 'next') return runNext(args, analysis, io);
  if (args.command === 'revise') {
    // A day given with --now has no time of its own: its start, so the run is reproducible.
    const time = args.now ? { hours: 0, minutes: 0 } : io.time();
    return runRevise({
      root: args.vault,
      notes: vault.notes,
      graph,
      analysis,
      settings,
      io,
      time,
      previous,
    });
  }
  if (args.command === 'export') {
    const write = async (file: string, text: string) => {
      // `wx` fails on a file that appeared since the check: nothing is overwritten unasked.
      await writeFile(file, text, { flag: args.force ? 'w' : 'wx' }).catch((e: unknown) => {
        throw new UsageError(`cannot write ${file}: ${errorCode(e)}`);
      });
      io.out(`Wrote ${file}`);
    };
    if (args.html) {
      const model = toMapModel(graph, analysis);
      const vaultName = basename(resolve(args.vault));
      await write(
        args.html,
        await standaloneHtml({ vault: vaultName, model, filters: initialFilters(settings.view) }),
      );
    }
    if (args.canvas) {
      // Laid out by the map's own layout, as the exported page and the pane draw it.
      const positions = mapPositions(toMapModel(graph, analysis));
      await write(args.canvas, `${toJsonText(toCanvas(graph, positions))}\n`);
    }
    return status;
  }
  const report = toReport(graph, analysis);
  io.out(args.json ? toJsonText(report) : formatReport(report, args.vault));
  return status;
}

/** The whole command line as a function of argv: returns the exit code, never exits itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'version':
      io.out(io.version);
      return 0;
    case 'schema': {
      // Full zod is loaded for this command only: the others start without it.
      const { reportJsonSchema } = await import('./report-schema');
      io.out(JSON.stringify(reportJsonSchema(), null, 2));
      return 0;
    }
    case 'usage-error':
      io.err(`work-model: ${parsed.message}\n\n${USAGE}`);
      return 2;
  }
  try {
    return await execute(parsed.args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`work-model: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

export const localToday = () => dayOfTime(Date.now());

export const localTime = () => {
  const now = new Date();
  return { hours: now.getHours(), minutes: now.getMinutes() };
};
