import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import type { Report, Verdict } from '../../src/model';
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
      expect(r.pace === null || r.pace >= 0).toBe(true);
      expect(r.arrival === null || /^\d{4}-\d{2}-\d{2}$/.test(r.arrival)).toBe(true);
      expect(typeof r.arrived).toBe('boolean');
      expect(r.remaining).toBeGreaterThanOrEqual(0);
      for (const h of r.horizons)
        expect(Object.keys(h)).toEqual(['outcome', 'horizon', 'onTime', 'daysLate']);
      for (const c of r.carriesOver) expect(Object.keys(c)).toEqual(['stone', 'routes']);
      for (const g of [r.gauges, r.gaugesBefore])
        if (g)
          expect(Object.keys(g)).toEqual(['resources', 'likeability', 'confidence', 'coherence']);
    }
    for (const n of report.next)
      expect(Object.keys(n)).toEqual(['stone', 'rank', 'nextOn', 'onRoutes', 'outcomes']);
  });

  it('should show two work versions advancing at different speeds, what they share set apart', () => {
    const report = JSON.parse(
      cli('report', example, '--json', '--now', '2026-11-20').stdout,
    ) as Report;
    const byId = Object.fromEntries(report.routes.map((r) => [r.id, r]));
    const nonprofit = byId['Work Model/Routes/Work version - climate nonprofit designer.md'];
    const fintech = byId['Work Model/Routes/Work version - fintech research lead.md'];
    // Activity (30 days) counts effort; advancement (180 days) only wins and steps done:
    // setbacks never score. Both share Facilitating workshops: its two wins and its
    // completion count for each, but not as their own.
    expect(nonprofit).toMatchObject({
      rank: 2,
      shortName: 'nonprofit',
      advancement: 8,
      ownAdvancement: 5,
      advancementWins: 7,
      sharedWins: 2,
      stepsCompleted: 1,
      sharedCompletions: 1,
      activity: 4,
      wins: 3,
      setbacks: 1,
      stepsDone: 1,
      stepsTotal: 4,
    });
    expect(fintech).toMatchObject({
      rank: 1,
      shortName: 'fintech',
      advancement: 9,
      ownAdvancement: 6,
      activity: 3,
      wins: 1,
      setbacks: 1,
      stepsDone: 3,
      stepsTotal: 7,
    });
    expect(nonprofit?.trend.map((t) => t.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(report.routes.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
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
      stdout: expect.stringContaining('0 errors, 1 warning.') as unknown,
    });
  });
});

describe('work-model report (text)', () => {
  it('should print outcomes with their routes, routes ranked by advancement, gaps, health and problems', () => {
    const r = cli('report', example, '--now', '2026-11-20');
    expect(r.code).toBe(0);
    for (const part of [
      'Outcomes (5)',
      '  Work on climate problems  (hoped, environment, by 2030)\n    ← 2. Work version - climate nonprofit designer (active)\n',
      '  Known voice on inclusive design  (hoped, recognition, by 2029)  resting until 2027-03-01',
      'Advancement counts the last 180 days (since 25 May); activity the last 30 days (since 22 October).',
      'Routes (4): live first, then resting, then closed; each ranked by advancement',
      // Every figure says its window.
      '  2. Work version - climate nonprofit designer  (active, medium risk)\n     6 months: 1 step done (1 on a shared stone), 7 wins, 2 of them shared; advancement 8, 5 of its own\n     last 30 days: 3 wins, 1 setback, 0 insights, 0 shifts; 3 unique, 1 shared\n     progress [###-------] 25%, 1/4 steps done; last activity 2026-11-13\n',
      // A paused route is listed after the live ones, resting, not hidden.
      '  4. Speak and write on inclusive design  (paused, low risk)  resting until 2027-01-15\n',
      '     path: Now > Volunteer UX for a climate nonprofit > Climate tech network > Facilitating workshops > Grant writing ⇒ Four-day work week, Work on climate problems\n',
      'Stepping stones on live routes without evidence: Teach a UX course',
      'Health\n  Which parts of your plan feel most rigid or vulnerable to disruption?\n    - Fluent in quantitative research has one live route',
      'No problems found.',
    ])
      expect(r.stdout).toContain(part);
  });

  it('should open with next steps, then pace and arrival, what carries over and the gauges', () => {
    const r = cli('report', example, '--now', '2026-11-20');
    const sections = r.stdout.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(sections.slice(2, 7)).toEqual([
      'Next steps (the stone that keeps the most routes open comes first)',
      'At this pace (steps done in the last 6 months)',
      'What carries over',
      'Gauges (1 low to 5 high: resourced, liked, confident, coherent)',
      'Outcomes (5)',
    ]);
    const lines = [
      "  Work version - fintech research lead: at 1 step every 2 months: about 2027-07, late for Fluent in quantitative research's 2027-06 by 18 days, before Lead a research practice's 2029 (4 steps to go)",
      '  Speak and write on inclusive design (paused): carries over Design community peers (to Independent research studio); the rest stays experience of this route',
      '  Work version - fintech research lead: head start: Facilitating workshops (to Work version - climate nonprofit designer)',
      '  Work version - climate nonprofit designer: resources 2, likeability 4 → 5, confidence 3 → 4, coherence 5 (changed since 2026-10-31)',
    ];
    for (const line of lines) expect(r.stdout.split('\n')).toContain(line);
  });

  it('should read both windows from --config', async () => {
    const dir = await tempDir();
    const config = join(dir, 'data.json');
    await writeFile(config, JSON.stringify({ activityDays: 7, advancementDays: 7 }));
    const report = JSON.parse(
      cli('report', example, '--json', '--now', '2026-11-20', '--config', config).stdout,
    ) as Report;
    expect(report.routes.map((r) => [r.title, r.activity, r.advancement])).toEqual([
      ['Independent research studio', 2, 1],
      // Even advancement (0) among live routes: more progress ranks first.
      ['Work version - fintech research lead', 0, 0],
      ['Work version - climate nonprofit designer', 0, 0],
      ['Speak and write on inclusive design', 1, 1],
    ]);
  });

  it("should read an older settings file's single window as the activity window", async () => {
    const config = join(await tempDir(), 'data.json');
    await writeFile(config, JSON.stringify({ momentumDays: 7 }));
    const report = JSON.parse(
      cli('report', example, '--json', '--now', '2026-11-20', '--config', config).stdout,
    ) as Report;
    expect(report.windows).toEqual({
      activityDays: 7,
      activityStart: '2026-11-14',
      advancementDays: 180,
      advancementStart: '2026-05-25',
    });
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
    expect(data.model.nodes).toHaveLength(1 + 5 + 15 + 4 + 29); // Now, model notes, journal notes
    expect(data.model.routes).toHaveLength(4);
  });

  it('should write a JSON Canvas file', async () => {
    const file = join(await tempDir(), 'model.canvas');
    expect(cli('export', example, '--canvas', file).code).toBe(0);
    const canvas = JSON.parse(await readFile(file, 'utf8')) as {
      nodes: { type: string; file?: string }[];
      edges: unknown[];
    };
    expect(canvas.nodes.filter((n) => n.type === 'file')).toHaveLength(24);
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
    [['check', '.', '--json'], /--json goes with report, compare or next/],
    [['compare', '.', 'one'], /compare needs two routes/],
    [['revise', '.', 'extra'], /unexpected argument "extra"/],
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
    expect(cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage:') as unknown,
    });
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

describe('work-model compare', () => {
  it('should name each work version once in full, then by its short name, with the figures as a table', () => {
    const r = cli('compare', example, 'nonprofit', 'fintech', '--now', '2026-11-20');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      'Work version - climate nonprofit designer ("nonprofit") vs Work version - fintech research lead ("fintech"), as of 2026-11-20',
      '',
      'fintech leads over 6 months, 6 to 5; nonprofit leads the last 30 days, 2 to 0; both: 2 wins through Facilitating workshops and 1 step done on Facilitating workshops.',
      'Figures are wins and steps done that count for one route only; what both share is set apart.',
      '',
      '                             nonprofit   fintech   both',
      '  6 months: wins                     5         4      2',
      '  6 months: steps done               0         2      1',
      '  last 30 days: wins                 2         0      1',
      '  last 30 days: steps done           0         0      1',
      '  steps done, all time          1 of 4    3 of 7',
      '  setbacks, 6 months                 1         3',
    ]);
    // Each full title appears once; setbacks come with their lessons.
    expect(r.stdout.split('Work version - climate nonprofit designer')).toHaveLength(2);
    expect(r.stdout).toContain(
      'Setbacks over 6 months, never scored: nonprofit 1 on Grant writing; fintech 3.',
    );
    expect(r.stdout).toContain(
      "  - nonprofit, 2026-11-13, Grant writing: First grant section came back covered in comments; I write like a researcher, not like a funder. — Lesson: Ask the volunteer team's grant lead to read the next draft first, and open with the funder's outcome.",
    );
  });

  it('should name routes by path and give the same record as JSON', () => {
    const r = cli(
      'compare',
      example,
      'Work Model/Routes/Independent research studio.md',
      'Speak and write on inclusive design',
      '--json',
      '--now',
      '2026-11-20',
    );
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as Pick<Verdict, 'leader' | 'leaderLast30' | 'shared'> & {
      window: number;
      recentWindow: number;
      routes: Verdict['sides'];
      words: string;
    };
    expect(v.routes.map((s) => [s.title, s.advancement, s.recent])).toEqual([
      [
        'Independent research studio',
        { wins: 0, steps: 0, total: 0 },
        { wins: 0, steps: 0, total: 0 },
      ],
      [
        'Speak and write on inclusive design',
        { wins: 0, steps: 0, total: 0 },
        { wins: 0, steps: 0, total: 0 },
      ],
    ]);
    // The design community stone, done, and the win through it reach both: they decide nothing.
    expect(v.shared.map((s) => [s.kind, s.id, s.through])).toEqual([
      ['step', 'Work Model/Stepping stones/Design community peers.md', ['Design community peers']],
      ['win', 'Journal/2026/2026-11-18.md', ['Design community peers']],
    ]);
    expect([v.leader, v.leaderLast30, v.window, v.recentWindow]).toEqual([null, null, 180, 30]);
    expect(v.words).toBe(
      'Even: 0 to 0 over 6 months and 0 to 0 the last 30 days; both: 1 win through Design community peers and 1 step done on Design community peers.',
    );
  });

  it.each([
    [['version', 'fintech'], /"version" names 2 routes: .*Give more of the title/],
    [['gardening', 'fintech'], /"gardening" names no route\. The routes are: /],
    [['fintech', 'fintech research'], /both names mean the same route/],
  ])('should refuse %j with exit 2', (names, message) => {
    const r = cli('compare', example, ...names, '--now', '2026-11-20');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('work-model next', () => {
  it('should print the ranked next steps, each with its routes and what it keeps open', () => {
    const r = cli('next', fixture('next-steps'), '--now', '2026-06-30');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        `Next steps in ${fixture('next-steps')}, as of 2026-06-30`,
        '  1. Bridge: next on Alpha and Beta; keeps 2 routes and 3 outcomes open',
        '  2. Lone: next on Gamma; keeps 1 route and 1 outcome open',
        '',
      ].join('\n'),
    );
  });

  it("should print { next } with --json, the same entries as the report's next", () => {
    const args = [fixture('next-steps'), '--json', '--now', '2026-06-30'];
    const r = cli('next', ...args);
    expect(r.code).toBe(0);
    const next = JSON.parse(r.stdout) as Pick<Report, 'next'>;
    expect(Object.keys(next)).toEqual(['next']);
    expect(next.next).toEqual((JSON.parse(cli('report', ...args).stdout) as Report).next);
    expect(next.next.map((s) => [s.rank, s.stone, s.nextOn.length])).toEqual([
      [1, 'Skills/Bridge.md', 2],
      [2, 'Skills/Lone.md', 1],
    ]);
  });

  it('should say so when no live route has a step left to do', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'Goal.md'), '---\ntags: work/outcome\n---\n');
    const r = cli('next', dir, '--now', '2026-06-30');
    expect(r.stdout).toContain('  none: no live route has a stepping stone left to do');
  });
});

describe('work-model revise', () => {
  it("should write today's revision, with a snapshot and the changes since the last one", async () => {
    const vault = await copyVault(exampleVault, '2026-05-01');
    const r = cli('revise', vault, '--now', '2026-11-20');
    expect(r).toMatchObject({
      code: 0,
      stdout: 'Wrote Work Model/Revisions/2026-11-20 revision.md\n',
      stderr: '',
    });
    const text = await readFile(join(vault, 'Work Model/Revisions/2026-11-20 revision.md'), 'utf8');
    expect(text).toMatch(
      /^---\ntags:\n {2}- work\/revision\ndate: 2026-11-20\n---\n# 2026-11-20 revision\n/,
    );
    // The 2026-10-31 revision kept a snapshot: this one lists what changed since.
    expect(text).toContain(
      '## What changed since the last revision\n- Added skill [[Write articles on inclusive research]]\n- [[Design community peers]]: building → done\n- [[Facilitating workshops]]: building → done\n',
    );
    // The two leading work versions, head to head, in the same words as compare.
    expect(text).toContain(
      '## Which route advances faster\n[[Work version - fintech research lead]] vs [[Work version - climate nonprofit designer]]: fintech leads over 6 months, 6 to 5; nonprofit leads the last 30 days, 2 to 0;',
    );
    expect(text).toContain('%% work-model-snapshot\n{"v":1,"date":"2026-11-20"');
    // It is a revision the model reads back: the health answer now counts it.
    const after = JSON.parse(
      cli('report', vault, '--json', '--now', '2026-11-20').stdout,
    ) as Report;
    expect(after.health.find((f) => f.finding === 'last-revision')?.notes).toEqual([
      'Work Model/Revisions/2026-11-20 revision.md',
    ]);
  });

  it("should report today's revision instead of overwriting it when run twice in a day", async () => {
    const vault = await copyVault(exampleVault, '2026-05-01');
    expect(cli('revise', vault, '--now', '2026-11-20').code).toBe(0);
    const path = join(vault, 'Work Model/Revisions/2026-11-20 revision.md');
    await writeFile(path, `${await readFile(path, 'utf8')}\nMy own words.\n`);
    const before = await readFile(path, 'utf8');
    const r = cli('revise', vault, '--now', '2026-11-20');
    expect(r).toMatchObject({
      code: 0,
      stdout:
        "Today's revision already exists: Work Model/Revisions/2026-11-20 revision.md (not overwritten).\n",
    });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('should write a first revision into a vault without any, creating the folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'Goal.md'), '---\ntags: work/outcome\n---\n');
    const r = cli('revise', dir, '--now', '2026-05-04');
    expect(r.code).toBe(0);
    const text = await readFile(join(dir, 'Work Model/Revisions/2026-05-04 revision.md'), 'utf8');
    expect(text).toContain(
      '## What changed since the last revision\n- This is the first revision.',
    );
    expect(text).toContain(
      '- How often do you revise your assumptions based on new experience?\n  - No revision yet: write one to record where the model stands today.\n  - ',
    );
  });

  it('should refuse a template with broken YAML and write nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'Template.md'), '---\nmood: [calm\n---\n# {{title}}\n');
    const config = join(await tempDir(), 'data.json');
    await writeFile(config, JSON.stringify({ revisionTemplate: 'Template.md' }));
    const r = cli('revise', dir, '--now', '2026-05-04', '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /The revision template Template.md has frontmatter that is not valid YAML/,
    );
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual(['Template.md']);
  });
});
