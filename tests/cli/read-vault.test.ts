import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVault, readVault } from '../../src/cli/read-vault';
import { DEFAULT_SETTINGS } from '../../src/model';
import { cliPath, loadVault, sharedTempRoot, tempDir } from '../helpers/vault';
import { checkReportOutput } from '../helpers/report-contract';

async function vaultWith(files: Record<string, string | Buffer>, parent?: string): Promise<string> {
  const dir = await tempDir('work-model-', parent);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe('reading a vault folder', () => {
  it('should skip hidden folders and files as Obsidian does, and keep attachments as link targets', async () => {
    const dir = await vaultWith({
      'a.md': '---\ntags: work/skill\n---\n',
      '.obsidian/plugins/x/notes.md': '---\ntags: work/skill\n---\n',
      '.trash/old.md': '---\ntags: work/skill\n---\n',
      '.hidden.md': '---\ntags: work/skill\n---\n',
      'sub/.git/HEAD': 'ref',
      'img/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]),
    });
    expect(await listVault(dir)).toEqual(['a.md', 'img/photo.png']);
    const { notes, otherFiles } = await readVault(dir, DEFAULT_SETTINGS);
    expect(notes.map((n) => n.path)).toEqual(['a.md']);
    expect(otherFiles).toEqual(['img/photo.png']);
  });

  it('should not follow a folder link into a loop', async () => {
    const dir = await vaultWith({ 'a/n.md': 'x' });
    await symlink(dir, join(dir, 'a', 'loop'));
    expect(await listVault(dir)).toEqual(['a/n.md']);
  });

  it('should read odd file names: spaces, unicode, right-to-left, emoji, brackets', async () => {
    const names = [
      'Ünïcödé café.md',
      'שלום עולם.md',
      '🚀 launch.md',
      'a [draft] (v2).md',
      '100% done.md',
    ];
    const dir = await vaultWith(
      Object.fromEntries(names.map((n) => [n, '---\ntags: work/skill\n---\n'])),
    );
    const { report } = await loadVault(dir, '2026-01-01');
    expect(report.nodes.map((n) => n.title).sort()).toEqual(
      names.map((n) => n.replace(/\.md$/, '')).sort(),
    );
  });

  it('should read a 1 MB frontmatter and thousands of unrelated notes', async () => {
    const files: Record<string, string> = {
      'big.md': `---\ntags: work/outcome\nnotes: "${'x'.repeat(1_000_000)}"\n---\n`,
    };
    for (let i = 0; i < 3000; i++)
      files[`misc/${i % 30}/note ${i}.md`] = `# Note ${i}\n\nNothing to see [[note ${i + 1}]].\n`;
    const dir = await vaultWith(files);
    const { report } = await loadVault(dir, '2026-01-01');
    expect(report.nodes.map((n) => n.id)).toEqual(['big.md']);
    expect(report.problems).toEqual([]);
  });

  it('should skip a note larger than 5 MB, unread, with a warning saying it is too large', async () => {
    const dir = await vaultWith({
      'huge.md': `---\ntags: work/outcome\n---\n${'x'.repeat(5_000_001)}`,
      'fine.md': '---\ntags: work/outcome\n---\n',
    });
    const { report } = await loadVault(dir, '2026-01-01');
    expect(report.nodes.map((n) => n.id)).toEqual(['fine.md']);
    expect(report.problems).toEqual([
      {
        file: 'huge.md',
        field: null,
        severity: 'warning',
        message:
          'The note is too large to read: the file is larger than 5 MB; it is skipped. Split it, or shorten its properties.',
      },
    ]);
  });

  it('should treat a tag or link of the wrong type as a problem, not a crash', async () => {
    const dir = await vaultWith({
      'n.md': '---\ntags: 12\n---\n',
      'r.md': '---\ntags: work/route\noutcomes: {a: 1}\nsteps: 3\n---\n',
    });
    const { report } = await loadVault(dir, '2026-01-01');
    expect(report.problems.map((p) => [p.file, p.field, p.severity])).toEqual([
      ['r.md', 'outcomes', 'error'],
      ['r.md', 'outcomes', 'warning'],
      ['r.md', 'steps', 'warning'],
    ]);
  });

  it('should report an unreadable file and go on with the rest', async () => {
    const dir = await vaultWith(
      {
        'locked.md': '---\ntags: work/skill\n---\n',
        'fine.md': '---\ntags: work/outcome\n---\n',
      },
      await sharedTempRoot(),
    );
    await chmod(join(dir, 'locked.md'), 0o000);
    const r = await reportAsOtherUser(dir);
    expect(r.stderr).toBe('');
    expect(r.report.nodes.map((n) => n.id)).toEqual(['fine.md']);
    expect(r.report.problems).toEqual([
      expect.objectContaining({
        file: 'locked.md',
        field: null,
        severity: 'warning',
        message: expect.stringContaining('could not be read (EACCES)') as unknown,
      }),
    ]);
    expect(r.status).toBe(0);
  });

  it('should name an unreadable folder in a warning and read the rest of the vault', async () => {
    const dir = await vaultWith(
      {
        'Private/Diary/secret.md': '---\ntags: work/skill\n---\n',
        'Work/goal.md': '---\ntags: work/outcome\n---\n',
      },
      await sharedTempRoot(),
    );
    await chmod(join(dir, 'Private', 'Diary'), 0o000);
    const r = await reportAsOtherUser(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.report.nodes.map((n) => n.id)).toEqual(['Work/goal.md']);
    expect(r.report.problems).toEqual([
      {
        file: 'Private/Diary',
        field: null,
        severity: 'warning',
        message:
          'The folder could not be read (EACCES); its notes are left out. Check that it is readable.',
      },
    ]);
  });
});

/**
 * `report --json` of a vault, run as an ordinary user: root reads anything, so when the tests
 * run as root the CLI runs as nobody. That user may not enter the checkout or the temp folder
 * (either can live in a private folder), so the vault and a copy of the self-contained CLI
 * bundle are put where it can reach them (`sharedTempRoot`).
 */
async function reportAsOtherUser(dir: string) {
  await chmod(dir, 0o755);
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const bin = await tempDir('work-model-', await sharedTempRoot());
  await copyFile(cliPath, join(bin, 'cli.cjs'));
  await chmod(bin, 0o755);
  const r = spawnSync(process.execPath, [join(bin, 'cli.cjs'), 'report', dir, '--json'], {
    encoding: 'utf8',
    cwd: bin,
    ...asUser,
  });
  checkReportOutput(['report', '--json'], r.stdout);
  const report = JSON.parse(r.stdout || '{}') as {
    nodes: { id: string }[];
    problems: { file: string; message: string }[];
  };
  return { stderr: r.stderr, status: r.status, report };
}
