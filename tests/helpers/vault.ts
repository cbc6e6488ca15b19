import { cp, mkdtemp, readdir, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll } from 'vitest';
import { dirname, join } from 'node:path';
import { readVault } from '../../src/cli/read-vault';
import { expectReportContract } from './report-contract';
import { readPreviousRevision } from '../../src/cli/previous-revision';
import {
  analyze,
  buildWorkGraph,
  DEFAULT_SETTINGS,
  gaugesBefore,
  toReport,
  type Settings,
} from '../../src/model';

export const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'vaults', name);
export const exampleVault = join(__dirname, '..', '..', 'examples', 'career-vault');
export const cliPath = join(__dirname, '..', '..', 'dist', 'cli.cjs');
export const pluginBundle = join(__dirname, '..', '..', 'main.js');
/** esbuild's metafile of main.js: which module takes how many bytes. */
export const pluginMeta = join(__dirname, '..', '..', 'dist', 'main.meta.json');

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder under the system temp folder (or `parent`), removed after the test file. */
export async function tempDir(prefix = 'work-model-', parent = tmpdir()): Promise<string> {
  const dir = await mkdtemp(join(parent, prefix));
  made.push(dir);
  return dir;
}

/**
 * A temp folder other users can reach, for tests that run the CLI as another user: the system
 * temp folder when every folder above it lets others pass, else /tmp (TMPDIR may point into a
 * private folder, as a checkout's own may).
 */
export async function sharedTempRoot(): Promise<string> {
  for (let dir = tmpdir(); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) return '/tmp';
    if (dirname(dir) === dir) return tmpdir();
  }
}

/** Sets every file's modification time, so results that fall back on it are reproducible. */
export async function touchAll(dir: string, day: string): Promise<void> {
  const when = new Date(`${day}T12:00:00Z`);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) await utimes(join(entry.parentPath, entry.name), when, when);
  }
}

/** A copy of a fixture vault whose files were all last modified on `mtimeDay`. */
export async function copyVault(source: string, mtimeDay: string, name?: string): Promise<string> {
  const dir = name ? join(await tempDir(), name) : await tempDir();
  await cp(source, dir, { recursive: true });
  await touchAll(dir, mtimeDay);
  return dir;
}

/** Reads a vault folder and runs the model on it, as the CLI does. */
export async function loadVault(dir: string, today: string, settings: Settings = DEFAULT_SETTINGS) {
  const files = await readVault(dir, settings);
  const graph = buildWorkGraph(files.notes, files.otherFiles, settings);
  const previous = await readPreviousRevision(dir, graph, today);
  const analysis = analyze(graph, settings, today, undefined, gaugesBefore(previous));
  const report = toReport(graph, analysis);
  expectReportContract(report);
  return { graph, analysis, report };
}
