import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/vault';
import { cli } from './run-cli';

// A vault with a note and the plugin's settings, and a folder outside it for exports.
let vault: string;
let out: string;
let note: string;
let data: string;
beforeEach(async () => {
  const dir = await tempDir();
  vault = join(dir, 'vault');
  out = join(dir, 'out');
  note = join(vault, 'Goal.md');
  data = join(vault, '.obsidian', 'plugins', 'work-model', 'data.json');
  await mkdir(join(data, '..'), { recursive: true });
  await mkdir(out);
  await writeFile(note, '---\ntags: work/outcome\n---\nMy goal.\n');
  await writeFile(data, '{}');
});

/** Every file's content, so a refusal can be shown to change nothing. */
const contents = async () => Promise.all([note, data].map(async (f) => readFile(f, 'utf8')));

describe('work-model export writes only the files it is given (SPEC §6)', () => {
  it('should refuse to overwrite an existing file without --force, and replace it with --force', async () => {
    const map = join(out, 'map.html');
    await writeFile(map, 'keep me');
    const refused = cli('export', vault, '--html', map);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `work-model: --html ${map} already exists; add --force to replace it.\n`,
    });
    expect(await readFile(map, 'utf8')).toBe('keep me');
    expect(cli('export', vault, '--html', map, '--force')).toMatchObject({
      code: 0,
      stdout: `Wrote ${map}\n`,
    });
    expect(await readFile(map, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it.each([
    [
      'onto a Markdown note',
      () => ['--html', note],
      () =>
        `--html ${note} is a Markdown note; export writes a map, never a note. Name a .html or .canvas file.`,
    ],
    [
      'onto a new Markdown file',
      () => ['--canvas', join(vault, 'New.md')],
      () =>
        `--canvas ${join(vault, 'New.md')} is a Markdown note; export writes a map, never a note. Name a .html or .canvas file.`,
    ],
    [
      "onto the plugin's data.json in .obsidian",
      () => ['--canvas', data],
      () =>
        `--canvas ${data} is inside the hidden folder .obsidian; Obsidian keeps its settings and plugins in one (.obsidian), so export never writes there. Write the file elsewhere.`,
    ],
    [
      'onto the --config file',
      () => ['--canvas', join(out, 'settings.json'), '--config', join(out, 'settings.json')],
      () =>
        `--canvas ${join(out, 'settings.json')} is the --config file; export never writes onto it. Name another file.`,
    ],
    [
      'the map and the canvas onto one file',
      () => ['--html', join(out, 'x'), '--canvas', `${out}/./x`],
      () =>
        `--html ${join(out, 'x')} and --canvas ${out}/./x name the same file; give each its own file.`,
    ],
    [
      'onto a folder',
      () => ['--html', out],
      () => `--html ${out} is a folder; name the file to write.`,
    ],
  ])('should refuse to write %s, even with --force, exit 2', async (_, args, message) => {
    await writeFile(join(out, 'settings.json'), '{}');
    const before = await contents();
    const r = cli('export', vault, ...args(), '--force');
    expect(r).toEqual({ code: 2, stdout: '', stderr: `work-model: ${message()}\n` });
    expect(await contents()).toEqual(before);
    expect(await readFile(join(out, 'settings.json'), 'utf8')).toBe('{}');
  });

  it("should write into a hidden folder outside the vault: only the vault's own are refused", async () => {
    const map = join(out, '.maps', 'map.html');
    await mkdir(join(out, '.maps'));
    expect(cli('export', vault, '--html', map)).toEqual({
      code: 0,
      stdout: `Wrote ${map}\n`,
      stderr: '',
    });
    expect(await readFile(map, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('should read and judge a vault that itself lives below a hidden folder', async () => {
    const hiddenVault = join(out, '.sync', 'vault');
    await mkdir(join(hiddenVault, '.obsidian'), { recursive: true });
    await writeFile(join(hiddenVault, 'Goal.md'), '---\ntags: work/outcome\n---\n');
    const map = join(hiddenVault, 'map.html');
    expect(cli('export', hiddenVault, '--html', map).code).toBe(0);
    expect(
      cli('export', hiddenVault, '--canvas', join(hiddenVault, '.obsidian', 'x.canvas')),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is inside the hidden folder .obsidian;') as unknown,
    });
  });

  it('should follow a link before judging: a link to a note is a note', async () => {
    const link = join(out, 'map.html');
    await symlink(note, link);
    const before = await contents();
    const r = cli('export', vault, '--html', link, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `work-model: --html ${link} is a Markdown note; export writes a map, never a note. Name a .html or .canvas file.\n`,
    );
    expect(await contents()).toEqual(before);
  });

  it('should not write through a link to a missing file', async () => {
    const link = join(out, 'map.html');
    await symlink(join(vault, 'Elsewhere', 'x.html'), link);
    const r = cli('export', vault, '--html', link, '--force');
    expect(r).toMatchObject({
      code: 2,
      stderr: `work-model: --html ${link} is a link to a missing file; export does not write through it. Name another file.\n`,
    });
  });

  it('should refuse --force outside export', () => {
    const r = cli('report', vault, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('work-model: --force goes with export');
  });
});
