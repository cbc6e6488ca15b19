import './dom-setup';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as obsidianModule from 'obsidian';
import { runInThisContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LiveIndex } from '../src/obsidian/live-index';
import { DEFAULT_SETTINGS, WorkIndex } from '../src/model';
import { App } from '../tests/obsidian/stand-in/obsidian';
import WorkModelPlugin from '../src/main';
import { noteText, syntheticVault } from './synthetic';
import { fakeApp } from './fake-app';
import { median, wants, type Row } from './stats';

const MANIFEST = {
  id: 'work-model',
  name: 'Work Model',
  version: '0',
  minAppVersion: '1.7.2',
  description: '',
  author: '',
};

/** Keeps the floor's walk from being optimised away. */
export let sink = 0;

/** Full-index runs per vault size that warm the compiler up before the counted ones. */
const WARM_UP = 5;

/**
 * Runs the time-sliced rebuild and records each slice between yields to the event loop. The
 * rebuild reads the notes (the index), then resolves their links in slices of its own (the
 * first model): the time inside `WorkIndex.prepare` is the second, the rest the first.
 */
async function timedRebuild(
  index: LiveIndex,
): Promise<{ total: number; model: number; longest: number; slices: number }> {
  const slices: number[] = [];
  let sliceStart = performance.now();
  const original = window.setTimeout.bind(window);
  window.setTimeout = ((fn: () => void, ms?: number) => {
    slices.push(performance.now() - sliceStart);
    return original(() => {
      sliceStart = performance.now();
      fn();
    }, ms);
  }) as typeof window.setTimeout;
  const prepare = Object.getOwnPropertyDescriptor(WorkIndex.prototype, 'prepare')?.value as (
    this: WorkIndex,
    timeUp: () => boolean,
  ) => boolean;
  let model = 0;
  WorkIndex.prototype.prepare = function (timeUp) {
    const t = performance.now();
    try {
      return prepare.call(this, timeUp);
    } finally {
      model += performance.now() - t;
    }
  };
  try {
    sliceStart = performance.now();
    await index.rebuild();
    slices.push(performance.now() - sliceStart);
  } finally {
    window.setTimeout = original;
    WorkIndex.prototype.prepare = prepare;
  }
  const all = slices.reduce((a, b) => a + b, 0);
  return { total: all - model, model, longest: Math.max(...slices), slices: slices.length };
}

export async function nodeBench(quick: boolean, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const sizes = quick ? [1000] : [1000, 10_000, 100_000];

  // Plugin onload: registrations only.
  const onloads: number[] = [];
  for (let i = 0; wants('onload') && i < runs * 3; i++) {
    const app = new App();
    const plugin = new WorkModelPlugin(app as never, MANIFEST);
    const t = performance.now();
    await plugin.onload();
    onloads.push(performance.now() - t);
    plugin.unload();
  }
  if (wants('onload'))
    rows.push({
      what: 'plugin onload',
      value: median(onloads),
      unit: 'ms',
      goal: 5,
      better: 'lower',
      note: `first (cold) ${onloads[0]?.toFixed(2) ?? '?'} ms`,
    });

  for (const size of wants('index') ? sizes : []) {
    const notes = syntheticVault(size);
    const fake = fakeApp(notes);
    const totals: number[] = [];
    const models: number[] = [];
    const longest: number[] = [];
    const warmUp: number[] = [];
    // The floor: a bare walk of the same metadata, every file, its cache and its frontmatter
    // keys, alternating with the builds so that both see the same machine.
    const walks: number[] = [];
    const walk = () => {
      const t = performance.now();
      let keys = 0;
      for (const f of fake.app.vault.getFiles()) {
        const fm = fake.app.metadataCache.getFileCache(f)?.frontmatter;
        if (fm) for (const k in fm) if (k) keys++;
      }
      sink += keys;
      return performance.now() - t;
    };
    let index = new LiveIndex(fake.app as never, DEFAULT_SETTINGS);
    // As for the CLI below, the first runs are warm-up and are reported, not counted: V8
    // compiles the index's code for this vault's shapes over the first builds (at 10,000 notes
    // the first five take 10–25 ms, the rest about 7), so a median that counts them says when
    // the compiler finished more than how fast the index is.
    for (let i = 0; i < WARM_UP + runs * 3; i++) {
      index = new LiveIndex(fake.app as never, DEFAULT_SETTINGS);
      const r = await timedRebuild(index);
      const w = walk();
      if (i < WARM_UP) {
        warmUp.push(r.total);
        continue;
      }
      totals.push(r.total);
      models.push(r.model);
      longest.push(r.longest);
      walks.push(w);
    }
    const goal = size >= 100_000 ? 80 : size >= 10_000 ? 8 : undefined;
    const warm = warmUp.map((t) => t.toFixed(1)).join(', ');
    rows.push({
      what: `full index, ${size.toLocaleString('en')} notes`,
      note: `warm-up runs, first (cold) one first: ${warm} ms`,
      value: median(totals),
      unit: 'ms',
      goal,
      better: 'lower',
    });
    rows.push({
      what: `first model from the index (links resolved, in slices), ${size.toLocaleString('en')} notes`,
      value: median(models),
      unit: 'ms',
      better: 'lower',
      note: 'after the index, before the first map or status bar reads it',
    });
    rows.push({
      what: `bare walk of the metadata (floor), ${size.toLocaleString('en')} notes`,
      value: median(walks),
      unit: 'ms',
      better: 'lower',
    });
    if (goal !== undefined)
      rows.push({
        what: `full index ÷ bare walk, ${size.toLocaleString('en')} notes`,
        value: median(totals) / median(walks),
        unit: '×',
        goal: 2,
        better: 'lower',
      });
    rows.push({
      // Both stages: reading the notes and resolving their links.
      what: `longest blocking slice, ${size.toLocaleString('en')} notes`,
      value: median(longest),
      unit: 'ms',
      goal: 50,
      better: 'lower',
    });

    if (size === sizes[sizes.length - 1] || size === 10_000) {
      // One note changed: the metadata cache's `changed` event, then the model the view redraws.
      for (const ref of index.events()) void ref;
      const changed = fake.handlers.get('changed');
      const modeled = notes.filter((n) => n.path.startsWith('Model/Skills/')).slice(0, 200);
      const updates: number[] = [];
      const graphs: number[] = [];
      const cpu: number[] = [];
      // "Today" is the newest evidence day, so that every piece of evidence counts.
      const today = notes.reduce<string>((d, n) => {
        const date = n.frontmatter?.date;
        return typeof date === 'string' && date > d ? date : d;
      }, '2026-01-01');
      index.analysis(today);
      // Each change is real: the stone's status flips, so the graph and analysis must follow.
      const status = new Map(modeled.map((n) => [n.path, n.frontmatter?.status]));
      for (let r = 0; r < runs; r++) {
        for (const n of modeled) {
          const file = fake.files.find((f) => f.path === n.path);
          const next = status.get(n.path) === 'done' ? 'building' : 'done';
          status.set(n.path, next);
          const cache = {
            ...fake.caches.get(n.path),
            frontmatter: { ...n.frontmatter, status: next },
          };
          fake.caches.set(n.path, cache);
          const t = performance.now();
          changed?.(file, '', cache);
          updates.push(performance.now() - t);
          const g = performance.now();
          const c = process.cpuUsage();
          index.graph();
          index.analysis(today);
          graphs.push(performance.now() - g);
          cpu.push(process.cpuUsage(c).user / 1000);
        }
      }
      index.dispose();
      rows.push({
        what: `one note changed: index work, ${size.toLocaleString('en')} notes`,
        value: median(updates),
        unit: 'ms',
        goal: 1,
        better: 'lower',
      });
      rows.push({
        what: `one note changed: model for the redraw (graph and analysis), ${size.toLocaleString('en')} notes`,
        value: median(graphs),
        unit: 'ms',
        goal: 5,
        better: 'lower',
        // On a shared machine the wall time includes waiting for a core; CPU time does not.
        note: `CPU time ${median(cpu).toFixed(2)} ms`,
      });
    }
    index.dispose();

    // The index's own floor: the same builds with every note that may matter set aside unread
    // (`setNote` does nothing), so only telling which notes matter is left. Last, since
    // replacing a method makes V8 compile its callers again.
    const setNote = Object.getOwnPropertyDescriptor(WorkIndex.prototype, 'setNote')?.value as (
      this: WorkIndex,
      input: unknown,
    ) => void;
    WorkIndex.prototype.setNote = () => undefined;
    const sorting: number[] = [];
    const sortingWalks: number[] = [];
    try {
      for (let i = 0; i < WARM_UP + runs * 3; i++) {
        const r = await timedRebuild(new LiveIndex(fake.app as never, DEFAULT_SETTINGS));
        const w = walk();
        if (i < WARM_UP) continue;
        sorting.push(r.total);
        sortingWalks.push(w);
      }
    } finally {
      WorkIndex.prototype.setNote = setNote;
    }
    rows.push({
      what: `full index with no note read, only told apart, ÷ bare walk, ${size.toLocaleString('en')} notes`,
      value: median(sorting) / median(sortingWalks),
      unit: '×',
      better: 'lower',
      note: `${median(sorting).toFixed(2)} ms; the floor of any index that reads the notes that matter`,
    });
  }

  if (wants('size')) {
    rows.push({
      what: 'main.js size',
      value: statSync('main.js').size / 1024,
      unit: 'KB',
      goal: 300,
      better: 'lower',
      note: 'aim 250 KB',
    });
    // Each dependency's share of main.js, from esbuild's metafile (the production build writes it, as for scripts/bundle-shares.mjs).
    const meta = JSON.parse(readFileSync('dist/main.meta.json', 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const shares = new Map<string, number>();
    for (const out of Object.values(meta.outputs))
      for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
        const part = pkg ?? (file.startsWith('src/') ? `src/${file.split('/')[1] ?? ''}` : file);
        shares.set(part, (shares.get(part) ?? 0) + bytesInOutput);
      }
    for (const [part, bytes] of [...shares].sort((a, b) => b[1] - a[1]))
      rows.push({ what: `main.js: ${part}`, value: bytes / 1024, unit: 'KB', better: 'lower' });
  }

  // Plugin load: evaluating main.js (as Obsidian does, with its obsidian module) and onload.
  const code = readFileSync('main.js', 'utf8');
  const loads: number[] = [];
  for (let i = 0; wants('load') && i < runs * 3; i++) {
    const t = performance.now();
    const module = {
      exports: {} as { default?: new (app: never, manifest: unknown) => WorkModelPlugin },
    };
    // As a CommonJS module, the way Obsidian loads main.js.
    const run = runInThisContext(`(function (module, exports, require) {${code}\n})`) as (
      m: unknown,
      e: unknown,
      r: (id: string) => unknown,
    ) => void;
    run(module, module.exports, (id) => (id === 'obsidian' ? obsidianModule : undefined));
    const Loaded = module.exports.default;
    if (!Loaded) throw new Error('main.js exports no plugin');
    const plugin = new Loaded(new App() as never, MANIFEST);
    await plugin.onload();
    loads.push(performance.now() - t);
    plugin.unload();
  }
  if (wants('load'))
    rows.push({
      what: 'plugin load: evaluate main.js + onload',
      value: median(loads),
      unit: 'ms',
      goal: 40,
      better: 'lower',
      note: `first ${loads[0]?.toFixed(1) ?? '?'} ms`,
    });

  // The CLI on a vault on disk, against merely reading every file, in the same run.
  if (!wants('cli')) return rows;
  const cliSize = quick ? 1000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'work-model-bench-'));
  try {
    for (const n of syntheticVault(cliSize)) {
      const file = join(dir, n.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, noteText(n));
    }
    const time = (args: string[]) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 1)
        throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      return performance.now() - t;
    };
    const cli: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      baseline.push(time(['bench/read-all.mjs', dir]));
      cli.push(time(['dist/cli.cjs', 'check', dir]));
    }
    // The first pair warms the file cache; it is not counted.
    const c = median(cli.slice(1));
    const b = median(baseline.slice(1));
    rows.push({
      what: `CLI check, ${cliSize.toLocaleString('en')} notes`,
      value: c,
      unit: 'ms',
      better: 'lower',
    });
    rows.push({
      what: `reading every file, ${cliSize.toLocaleString('en')} notes (baseline)`,
      value: b,
      unit: 'ms',
      better: 'lower',
    });
    rows.push({
      what: 'CLI check ÷ reading every file',
      value: c / b,
      unit: '×',
      goal: 1.5,
      better: 'lower',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
