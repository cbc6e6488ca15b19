import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { decodeSnapshot, parseSettings, type Report } from '../../src/model';
import { cliPath, loadVault, tempDir } from '../helpers/vault';
import { cli } from './run-cli';

/** V: an outcome, a done stepping stone and a route to the outcome through it. */
const V = {
  'Goal.md': '---\ntags: work/outcome\nstatus: pursuing\n---\n',
  'Python.md': '---\ntags: work/skill\nstatus: done\ncompleted: 2026-05-01\n---\n',
  'Route.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
};
const REVISION = 'Work Model/Revisions/2026-05-04 revision.md';

/**
 * A folder holding `vault` (V and `files`), `outside` (a note beside the vault) and the
 * settings `config` as data.json.
 */
async function setUp(files: Record<string, string> = {}, config: unknown = {}) {
  const dir = await tempDir();
  const vault = join(dir, 'vault');
  for (const [path, text] of Object.entries({ ...V, ...files })) {
    await mkdir(dirname(join(vault, path)), { recursive: true });
    await writeFile(join(vault, path), text);
  }
  await mkdir(join(dir, 'outside'));
  await writeFile(join(dir, 'outside', 'secret.md'), 'The secret beside the vault.\n');
  await writeFile(join(dir, 'data.json'), JSON.stringify(config));
  const revise = (day = '2026-05-04') =>
    cli('revise', vault, '--now', day, '--config', join(dir, 'data.json'));
  const text = (path: string) => readFile(join(vault, path), 'utf8');
  const tree = async (at = dir) => (await readdir(at, { recursive: true })).sort();
  return { dir, vault, revise, text, tree };
}

/** The revisions the model reads back, with their days. */
const revisionsOf = (vault: string, day: string) =>
  (JSON.parse(cli('report', vault, '--json', '--now', day).stdout) as Report).health.find(
    (f) => f.finding === 'last-revision',
  )?.notes;

describe('a revision is written whole or not at all', () => {
  it('should leave no revision when the disk fills up while writing, and write it whole on the next run', async () => {
    const { vault, revise, text, tree } = await setUp();
    // A file size limit of 1 KB stands in for a full disk: the write stops part way.
    const full = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 2; exec "$0" "$@"',
        process.execPath,
        cliPath,
        'revise',
        vault,
        '--now',
        '2026-05-04',
      ],
      { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
    );
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(
      /cannot write Work Model\/Revisions\/2026-05-04 revision\.md: EFBIG/,
    );
    expect((await tree(vault)).filter((p) => p.includes('revision'))).toEqual([]);
    expect(revise()).toMatchObject({ code: 0, stdout: `Wrote ${REVISION}\n` });
    expect(decodeSnapshot(await text(REVISION))?.date).toBe('2026-05-04');
  });

  it("should say that today's revision holds no snapshot rather than accept it", async () => {
    const { vault, revise, text } = await setUp({
      [REVISION]:
        '---\ntags:\n  - work/revision\ndate: 2026-05-04\n---\n# 2026-05-04 revision\n\n## Outc',
    });
    const r = revise();
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /today's revision Work Model\/Revisions\/2026-05-04 revision\.md exists but holds no snapshot of the model/,
    );
    expect(await text(REVISION)).toMatch(/## Outc$/);
    expect(revisionsOf(vault, '2026-05-04')).toEqual([REVISION]);
  });
});

describe('revise writes and reads only inside the vault', () => {
  it.each([
    [
      'a revisions folder that links outside',
      { folders: { revisions: 'Linked' } },
      /setting folders\.revisions\) cannot be used: Linked leads outside the vault/,
    ],
    [
      'a revisions folder below such a link',
      { folders: { revisions: 'Linked/Revisions' } },
      /setting folders\.revisions\) cannot be used: Linked leads outside the vault/,
    ],
    [
      'a template beside the vault',
      { revisionTemplate: '../outside/secret' },
      /revisionTemplate: a note of the vault cannot be named with "\.\."/,
    ],
    [
      'a template through a link',
      { revisionTemplate: 'Linked/secret' },
      /setting revisionTemplate\) cannot be used: Linked leads outside the vault/,
    ],
  ])('should refuse %s, exit 2, and write nothing', async (_, config, message) => {
    const { dir, vault, revise, tree } = await setUp({}, config);
    await symlink(join(dir, 'outside'), join(vault, 'Linked'));
    const before = await tree();
    const r = revise();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(await tree()).toEqual(before);
  });

  it('should refuse a file where the revisions folder should be, saying so, exit 2', async () => {
    const { vault, revise, tree } = await setUp({ 'Work Model/Revisions': 'a file\n' });
    const before = await tree(vault);
    const r = revise();
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /the revisions folder "Work Model\/Revisions" \(setting folders\.revisions\) cannot be used: Work Model\/Revisions is a file, not a folder/,
    );
    expect(await tree(vault)).toEqual(before);
  });
});

describe("a revision's own snapshot", () => {
  const old = '%% work-model-snapshot\n{"v":1,"date":"2026-01-01","nodes":[],"routes":[]}\n%%';
  it.each([
    [
      'a template copied from an old revision',
      { 'Template.md': `# {{title}}\n{{changes}}\n\n${old}\n` },
      { revisionTemplate: 'Template.md' },
    ],
    [
      'a note name that holds a snapshot',
      { [`Goal\n${old}\nend.md`]: '---\ntags: work/outcome\n---\n' },
      {},
    ],
  ])('should be the one the revision wrote, despite %s', async (_, files, config) => {
    const { revise, text } = await setUp(files, config);
    expect(revise('2026-05-04').code).toBe(0);
    expect(revise('2026-05-11').code).toBe(0);
    const next = await text('Work Model/Revisions/2026-05-11 revision.md');
    expect(next).toContain('- No changes since 2026-05-04.');
    expect(next).not.toContain('- Added');
  });
});

describe('settings that would hide a revision from the model', () => {
  const big = `# {{title}}\n${'x'.repeat(5_000_001)}\n`;
  it.each([
    [
      'a file name format that makes a hidden file',
      { revisionFileFormat: '[. .]YYYY' },
      {},
      /^Wrote Work Model\/Revisions\/2026\.md$/m,
    ],
    [
      'a hidden revisions folder',
      { folders: { revisions: '.obsidian' } },
      {},
      /folders\.revisions: a folder cannot be hidden/,
    ],
    [
      'a template over the 5 MB note limit',
      { revisionTemplate: 'Big' },
      { 'Big.md': big },
      /larger than 5 MB, the most a note may have/,
    ],
    [
      'a revision tag that is the stepping stones tag',
      { tags: { revision: 'work/skill' } },
      {},
      /tags\.revision: "work\/skill" is also, or is nested in, the skill tag/,
    ],
  ])(
    'should never write a revision the next run cannot see: %s',
    async (_, config, files, said) => {
      const { vault, revise, tree } = await setUp(files, config);
      const before = await tree(vault);
      const r = revise();
      expect(`${r.stdout}${r.stderr}`).toMatch(said);
      if (r.code === 0) {
        const wrote = /^Wrote (.*)$/m.exec(r.stdout)?.[1];
        const report = JSON.parse(
          cli(
            'report',
            vault,
            '--json',
            '--now',
            '2026-05-04',
            '--config',
            join(dirname(vault), 'data.json'),
          ).stdout,
        ) as Report;
        expect(report.health.find((f) => f.finding === 'last-revision')?.notes).toEqual([wrote]);
      } else {
        expect(r.code).toBe(2);
        expect(await tree(vault)).toEqual(before);
      }
    },
  );
});

describe('template placeholders in the CLI', () => {
  it('should keep {{constructor}} and other names of no placeholder as written', async () => {
    const { revise, text } = await setUp(
      { 'Template.md': '# {{title}}\n{{constructor}} {{ toString }} {{hasOwnProperty}}\n' },
      { revisionTemplate: 'Template' },
    );
    expect(revise().code).toBe(0);
    expect(await text(REVISION)).toContain('\n{{constructor}} {{ toString }} {{hasOwnProperty}}\n');
  });

  it('should fill {{time}} with the local time of the run, and say in the help what --now does to it', async () => {
    const { vault, text } = await setUp(
      { 'Template.md': '# {{title}} at {{time}}\n' },
      { revisionTemplate: 'Template' },
    );
    const zone = 'Pacific/Kiritimati';
    const clock = () =>
      new Date().toLocaleTimeString('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
      });
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    const from = minutes(clock());
    const r = spawnSync(
      process.execPath,
      [cliPath, 'revise', vault, '--config', join(dirname(vault), 'data.json')],
      {
        encoding: 'utf8',
        env: { ...process.env, TZ: zone },
      },
    );
    const to = minutes(clock());
    expect(r.status).toBe(0);
    const path = /^Wrote (.*)$/m.exec(r.stdout)?.[1] ?? '';
    const written = /^# .* at (\d\d:\d\d)$/m.exec(await text(path))?.[1] ?? '';
    expect(written).toMatch(/^\d\d:\d\d$/);
    // Between the clock before and after the run (across midnight, the minutes wrap).
    const at = minutes(written);
    expect(from <= to ? at >= from && at <= to : at >= from || at <= to).toBe(true);
    expect(cli('--help').stdout).toMatch(
      /revise: \{\{time\}\} is then 00:00; without --now, the local time of the run/,
    );
  });
});

describe('no template text, note name or setting value leads a write astray', () => {
  const snapshot = '%% work-model-snapshot\n{"v":1,"date":"2020-01-01","nodes":[],"routes":[]}\n%%';
  const hostile = [
    '->',
    '|',
    '..',
    '../outside',
    '.',
    '.hidden',
    ' ',
    '\n',
    '---',
    '#',
    '[[Goal]]',
    '{{constructor}}',
    '{{time}}',
    '{{changes}}',
    snapshot,
    'work/skill',
    'Linked',
    'Goal.md',
    '/',
    'Ünï',
  ];
  const piece = fc.oneof(fc.constantFrom(...hostile), fc.string({ maxLength: 6 }));
  const words = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
  const frontmatter = fc.constantFrom(
    '',
    '---\ntags: work/skill\n---\n',
    '---\n"tags": x\ndate: 2020-01-01\n---\n',
    '---\n{a: 1}\n---\n',
    '---\nmood: [calm\n---\n',
    '---\nTags: [review]\nDATE: 1\n---\n',
  );
  const fileName = words.filter(
    (n) => /^[^/\0]{1,60}$/.test(n) && n !== '.' && n !== '..' && !n.startsWith('.'),
  );
  const setting = (usual: string) => fc.oneof(fc.constant(usual), words);

  it('should write only inside the vault, and only revisions the model reads back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          template: fc
            .tuple(frontmatter, words)
            .map(([head, body]) => `${head}${body}\n{{routes}}`),
          name: fileName,
          revisions: setting('Work Model/Revisions'),
          format: setting('YYYY-MM-DD [revision]'),
          tag: setting('work/revision'),
          useTemplate: fc.boolean(),
        }),
        async (c) => {
          const config = {
            folders: { revisions: c.revisions },
            revisionFileFormat: c.format,
            tags: { revision: c.tag },
            revisionTemplate: c.useTemplate ? 'Template' : '',
          };
          const { dir, vault, tree } = await setUp(
            { 'Template.md': c.template, [`${c.name}.md`]: '---\ntags: work/outcome\n---\n' },
            config,
          );
          await symlink(join(dir, 'outside'), join(vault, 'Linked'));
          const out: string[] = [];
          const io = {
            out: (t: string) => out.push(t),
            err: (t: string) => out.push(t),
            today: () => '2026-05-04',
            time: () => ({ hours: 9, minutes: 5 }),
            version: 'test',
          };
          const args = ['--now', '2026-05-04', '--config', join(dir, 'data.json')];
          const before = await tree(vault);
          const revised = await runCli(['revise', vault, ...args], io);
          const made: string[] = [];
          for (const p of await tree(vault))
            if (!before.includes(p) && (await stat(join(vault, p))).isFile()) made.push(p);
          const exported = await runCli(
            ['export', vault, '--canvas', join(vault, 'map.canvas'), ...args],
            io,
          );
          // Nothing beside the vault changed, and nothing went through the link out of it.
          expect((await tree()).filter((p) => !p.startsWith('vault'))).toEqual([
            'data.json',
            'outside',
            'outside/secret.md',
          ]);
          if (revised === 0 && made.length > 0) {
            const settings = parseSettings(config);
            if (!settings.ok) throw new Error('revise wrote with refused settings');
            const { graph } = await loadVault(vault, '2026-05-04', settings.settings);
            expect(made).toHaveLength(1);
            const path = made[0] ?? '';
            expect(graph.revisions).toContainEqual({ path, date: '2026-05-04' });
            expect(decodeSnapshot(await readFile(join(vault, path), 'utf8'))).not.toBeNull();
          } else expect(made).toEqual([]);
          if (exported !== 2) {
            const canvas = JSON.parse(await readFile(join(vault, 'map.canvas'), 'utf8')) as {
              edges: { id: string }[];
            };
            const ids = canvas.edges.map((e) => e.id);
            expect(new Set(ids).size).toBe(ids.length);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
