import { DEFAULT_DAILY_FORMAT, isDay, type DailyNotes } from '../model';

export const USAGE = `Usage:
  work-model check  <vault> [options]          list problems; exit 1 if any is an error
  work-model report <vault> [--json] [options] outcomes, routes, gaps, health and problems
  work-model compare <vault> <route> <route> [--json]  head-to-head of two routes
  work-model next   <vault> [--json] [options] ranked next steps: what to do next
  work-model revise <vault> [options]          write today's revision note (never overwrites)
  work-model export <vault> --html <file>      a standalone interactive map (one HTML file)
  work-model export <vault> --canvas <file>    a JSON Canvas file of the model
  work-model schema                            the JSON Schema of report --json

Options:
  --now YYYY-MM-DD   the day taken as today (activity, advancement, staleness); default: today.
                     revise: {{time}} is then 00:00; without --now, the local time of the run
  --config <file>    the plugin's settings JSON (its data.json)
  --daily-folder <folder>  where daily notes are (default: none)
  --daily-format <format>  how daily notes are named, in Moment.js tokens (default: YYYY-MM-DD)
  --json             report, compare, next: print one JSON object (the stable contract)
  --html <file>      export: write the map as a self-contained HTML page
  --canvas <file>    export: write a .canvas file (JSON Canvas 1.0)
  --force            export: replace a file that exists (never a note, .obsidian or --config)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 clean, 1 problems of severity error, 2 bad usage or unreadable vault.`;

export interface CliArgs {
  command: 'check' | 'report' | 'export' | 'compare' | 'revise' | 'next';
  vault: string;
  /** compare: the two routes, by title (or part of it) or path. */
  routes: string[];
  json: boolean;
  now: string | null;
  config: string | null;
  html: string | null;
  canvas: string | null;
  force: boolean;
  /** Where daily notes are and how they are named; null when neither flag is given. */
  daily: DailyNotes | null;
}

export type ParsedArgs =
  | { kind: 'run'; args: CliArgs }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'schema' }
  | { kind: 'usage-error'; message: string };

const usageError = (message: string): ParsedArgs => ({ kind: 'usage-error', message });

/** Parses argv (without `node` and the script). Pure: the caller prints and exits. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  let json = false;
  let now: string | null = null;
  let config: string | null = null;
  let html: string | null = null;
  let canvas: string | null = null;
  let force = false;
  let dailyFolder: string | null = null;
  let dailyFormat: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--json':
        json = true;
        break;
      case '--force':
        force = true;
        break;
      case '--now': {
        const v = value();
        if (v === undefined || !isDay(v))
          return usageError(
            `--now needs a date as YYYY-MM-DD, got ${v === undefined ? 'nothing' : `"${v}"`}`,
          );
        now = v;
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return usageError('--config needs the path of a settings JSON file');
        config = v;
        break;
      }
      case '--daily-folder':
      case '--daily-format': {
        const v = value();
        if (v === undefined || v.trim() === '')
          return usageError(
            flag === '--daily-folder'
              ? '--daily-folder needs the folder of the daily notes, relative to the vault'
              : '--daily-format needs a Moment.js format, such as YYYY-MM-DD',
          );
        if (flag === '--daily-folder') dailyFolder = v;
        else dailyFormat = v;
        break;
      }
      case '--html':
      case '--canvas': {
        const v = value();
        if (!v) return usageError(`${flag} needs the path of the file to write`);
        if (flag === '--html') html = v;
        else canvas = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return usageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  const [command, vault, ...rest] = positional;
  if (command === undefined) return usageError('no command given');
  if (command === 'schema') {
    const extra = vault ?? (json || now || config || html || canvas || force ? 'an option' : null);
    return extra === null ? { kind: 'schema' } : usageError('schema takes no vault and no options');
  }
  if (!['check', 'report', 'export', 'compare', 'revise', 'next'].includes(command)) {
    return usageError(`unknown command "${command}"`);
  }
  if (vault === undefined) return usageError(`${command} needs the path of a vault folder`);
  const routes = command === 'compare' ? rest.splice(0, 2) : [];
  if (command === 'compare' && routes.length < 2)
    return usageError('compare needs two routes: compare <vault> <route> <route>');
  if (rest.length > 0) return usageError(`unexpected argument "${rest[0]}"`);
  if (json && command !== 'report' && command !== 'compare' && command !== 'next')
    return usageError('--json goes with report, compare or next');
  if ((html || canvas) && command !== 'export')
    return usageError('--html and --canvas go with export');
  if (force && command !== 'export') return usageError('--force goes with export');
  if (command === 'export' && !html && !canvas)
    return usageError('export needs --html <file> or --canvas <file>');
  return {
    kind: 'run',
    args: {
      command: command as CliArgs['command'],
      vault,
      routes,
      json,
      now,
      config,
      html,
      canvas,
      force,
      daily:
        dailyFolder === null && dailyFormat === null
          ? null
          : { folder: dailyFolder ?? '', format: dailyFormat ?? DEFAULT_DAILY_FORMAT },
    },
  };
}
