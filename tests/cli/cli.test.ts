import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import type { Report } from '../../src/model';
import { cli } from './run-cli';
import { copyVault, exampleVault, fixture, loadVault, tempDir } from '../helpers/vault';

let example: string;
beforeAll(async () => {
  // Fresh clones give every file the clone's time; pin it so fallbacks are reproducible.
  example = await copyVault(exampleVault, '2026-05-01');
});

describe('work-model report --json', () => {
  it('should print the SPEC §6 contract for the example vault', async () => {
    const r = cli('report', example, '--json', '--now', '2026-11-20');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/career-vault.report.json');
  });

  it('should give each contract field its type', () => {
    const report = JSON.parse(
      cli('report', example, '--json', '--now', '2026-11-20').stdout,
    ) as Report;
    for (const n of report.nodes) {
      expect(Object.keys(n)).toEqual(expect.arrayContaining(['id', 'kind', 'title', 'status']));
      expect(['outcome', 'skill', 'route']).toContain(n.kind);
      expect(n.title).toBe(n.id.split('/').pop()?.replace(/\.md$/, ''));
    }
    for (const e of report.edges) {
      expect(['target', 'step', 'supports', 'evidence']).toContain(e.kind);
      expect('order' in e).toBe(e.kind === 'step');
    }
    for (const r of report.routes) {
      expect(r.lastActivity === null || /^\d{4}-\d{2}-\d{2}$/.test(r.lastActivity)).toBe(true);
      expect(r.progress).toBeCloseTo(r.stepsTotal ? r.stepsDone / r.stepsTotal : 0);
    }
  });

  it('should show two work versions advancing at different speeds', () => {
    const report = JSON.parse(
      cli('report', example, '--json', '--now', '2026-11-20').stdout,
    ) as Report;
    const byId = Object.fromEntries(report.routes.map((r) => [r.id, r]));
    const nonprofit = byId['Work Model/Routes/Work version - climate nonprofit designer.md'];
    const fintech = byId['Work Model/Routes/Work version - fintech research lead.md'];
    expect(nonprofit).toMatchObject({
      momentum: 4,
      wins: 3,
      setbacks: 1,
      stepsDone: 1,
      stepsTotal: 4,
    });
    expect(fintech).toMatchObject({
      momentum: 2,
      wins: 0,
      setbacks: 1,
      stepsDone: 2,
      stepsTotal: 6,
    });
  });

  it('should give the same answer as the model run in-process', async () => {
    const { report } = await loadVault(example, '2026-11-20');
    expect(JSON.parse(cli('report', example, '--json', '--now', '2026-11-20').stdout)).toEqual(
      report,
    );
  });
});

describe('work-model check', () => {
  it('should exit 0 on the clean example vault', () => {
    const r = cli('check', example);
    expect(r).toMatchObject({ code: 0, stdout: 'No problems found.\n' });
  });

  it('should exit 1 and list every problem with file, property and severity', () => {
    const r = cli('check', fixture('problems'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'missing link.md: steps: error: [[Interview practice]] does not match any note.',
    );
    expect(r.stdout).toContain('unknown status.md: status: warning: "doing" is not a known status');
    expect(r.stdout).toMatch(/^7 errors, 16 warnings\.$/m);
  });

  it('should exit 0 when there are only warnings', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'S.md'), '---\ntags: work/skill\nstatus: doing\n---\n');
    expect(cli('check', dir)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('0 errors, 1 warning.'),
    });
  });
});

describe('work-model report (text)', () => {
  it('should print outcomes, the route comparison, gaps and problems', () => {
    const r = cli('report', example, '--now', '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Outcomes (5)');
    expect(r.stdout).toContain('Routes (4), momentum over the last 30 days');
    expect(r.stdout).toContain(
      'momentum 4: 3 wins, 1 setback, 0 insights, 0 shifts; last activity 2026-11-13',
    );
    expect(r.stdout).toContain('Stepping stones without evidence: Teach a UX course');
    expect(r.stdout).toContain('No problems found.');
  });

  it('should read the momentum window from --config', async () => {
    const dir = await tempDir();
    const config = join(dir, 'data.json');
    await writeFile(config, JSON.stringify({ momentumDays: 7 }));
    const report = JSON.parse(
      cli('report', example, '--json', '--now', '2026-11-20', '--config', config).stdout,
    ) as Report;
    expect(report.routes.map((r) => r.momentum)).toEqual([2, 1, 0, 0]);
  });
});

describe('work-model export', () => {
  it('should write one self-contained HTML map that loads nothing from the network', async () => {
    const dir = await tempDir();
    const file = join(dir, 'map.html');
    const r = cli('export', example, '--html', file, '--now', '2026-11-20');
    expect(r).toMatchObject({ code: 0, stdout: `Wrote ${file}\n` });
    const html = await readFile(file, 'utf8');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'`,
    );
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    const data = JSON.parse(
      /<script type="application\/json" id="work-model-data">(.*?)<\/script>/s.exec(html)?.[1] ??
        '{}',
    ) as {
      model: { nodes: unknown[]; routes: unknown[] };
    };
    expect(data.model.nodes).toHaveLength(1 + 5 + 14 + 4 + 29); // Now, model notes, journal notes
    expect(data.model.routes).toHaveLength(4);
  });

  it('should write a JSON Canvas file', async () => {
    const file = join(await tempDir(), 'model.canvas');
    expect(cli('export', example, '--canvas', file).code).toBe(0);
    const canvas = JSON.parse(await readFile(file, 'utf8')) as {
      nodes: { type: string; file?: string }[];
      edges: unknown[];
    };
    expect(canvas.nodes.filter((n) => n.type === 'file')).toHaveLength(23);
    expect(canvas.edges.length).toBeGreaterThan(20);
  });

  it.each([
    [['export', '.'], /export needs --html <file> or --canvas <file>/],
    [['report', '.', '--html', 'x.html'], /--html and --canvas go with export/],
    [
      ['export', '.', '--html', '/no/such/dir/map.html'],
      /cannot write \/no\/such\/dir\/map.html: ENOENT/,
    ],
  ])('should refuse %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});

describe('bad usage exits 2 with one clear line', () => {
  it.each([
    [[], /no command given/],
    [['report'], /report needs the path of a vault folder/],
    [['publish', '.'], /unknown command "publish"/],
    [['check', '.', '--json'], /--json goes with report/],
    [['report', '.', '--now', '2026-02-30'], /--now needs a date as YYYY-MM-DD, got "2026-02-30"/],
    [['report', '.', '--frobnicate'], /unknown option --frobnicate/],
    [['check', '/no/such/vault'], /the vault folder \/no\/such\/vault does not exist/],
    [['check', 'package.json'], /package.json is a file; give the vault's folder/],
    [
      ['check', '.', '--config', '/no/such.json'],
      /cannot read the settings file \/no\/such.json: ENOENT/,
    ],
  ])('should refuse %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });

  it('should refuse a settings file with bad values and name them', async () => {
    const dir = await tempDir();
    const config = join(dir, 'bad.json');
    await writeFile(config, JSON.stringify({ staleDays: -3, tags: { skill: 'a b' } }));
    const r = cli('check', example, '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/staleDays: a number of days from 1 to 3650/);
    expect(r.stderr).toMatch(/tags\.skill: a tag is one word/);
  });

  it('should print help and version', () => {
    expect(cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage:') });
    expect(cli('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('should not write into the vault', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'v'));
    await writeFile(join(dir, 'v', 'a.md'), '---\ntags: work/outcome\n---\n');
    cli('report', join(dir, 'v'), '--json');
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(join(dir, 'v'))).toEqual(['a.md']);
  });
});
