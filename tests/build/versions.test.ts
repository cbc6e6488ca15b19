import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/vault';

const root = join(__dirname, '..', '..');
const readJson = async (dir: string, file: string) =>
  JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>;

function run(dir: string, command: string, args: string[]) {
  const r = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A git repository holding the files a release and `npm version` use, at version 0.1.0. */
async function releaseRepo(): Promise<string> {
  const dir = await tempDir('work-model-release-');
  const { scripts } = (await readJson(root, 'package.json')) as { scripts: { version: string } };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(
    join(dir, 'package.json'),
    json({ name: 'work-model', version: '0.1.0', scripts: { version: scripts.version } }),
  );
  await writeFile(join(dir, 'manifest.json'), json({ version: '0.1.0', minAppVersion: '1.7.2' }));
  await writeFile(join(dir, 'versions.json'), json({ '0.1.0': '1.7.2' }));
  await copyFile(join(root, '.npmrc'), join(dir, '.npmrc'));
  await mkdir(join(dir, 'scripts'));
  for (const script of ['version-bump.mjs', 'check-versions.mjs'])
    await copyFile(join(root, 'scripts', script), join(dir, 'scripts', script));
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-qm', 'start'],
  ])
    run(dir, 'git', args);
  return dir;
}

describe('versions', () => {
  it('should agree in package.json, manifest.json, versions.json and the lock file', async () => {
    const pkg = await readJson(root, 'package.json');
    const manifest = await readJson(root, 'manifest.json');
    const versions = await readJson(root, 'versions.json');
    const lock = await readJson(root, 'package-lock.json');
    expect(manifest.version).toBe(pkg.version);
    expect(versions[pkg.version as string]).toBe(manifest.minAppVersion);
    expect(lock.version).toBe(pkg.version);
    expect(run(root, process.execPath, ['scripts/check-versions.mjs']).status).toBe(0);
  });

  it('should move manifest.json and versions.json with npm version, and tag without a "v"', async () => {
    const dir = await releaseRepo();
    const bumped = run(dir, 'npm', ['version', 'minor']);
    expect(bumped.out).toContain('0.2.0');
    expect(bumped.status).toBe(0);
    expect((await readJson(dir, 'manifest.json')).version).toBe('0.2.0');
    expect(await readJson(dir, 'versions.json')).toEqual({ '0.1.0': '1.7.2', '0.2.0': '1.7.2' });
    // Committed together with package.json, under the tag Obsidian looks for.
    expect(run(dir, 'git', ['tag']).out.trim()).toBe('0.2.0');
    expect(run(dir, 'git', ['status', '--porcelain']).out).toBe('');
    expect(
      run(dir, 'git', ['show', '--name-only', '--format=', 'HEAD']).out.split('\n').sort(),
    ).toEqual(['', 'manifest.json', 'package.json', 'versions.json']);
    // Written as Prettier writes JSON: two spaces, a final newline.
    expect(await readFile(join(dir, 'versions.json'), 'utf8')).toBe(
      '{\n  "0.1.0": "1.7.2",\n  "0.2.0": "1.7.2"\n}\n',
    );
  });

  it('should refuse a release whose tag or files disagree, and say which', async () => {
    const dir = await releaseRepo();
    expect(run(dir, process.execPath, ['scripts/check-versions.mjs', '0.1.0']).status).toBe(0);
    const vTag = run(dir, process.execPath, ['scripts/check-versions.mjs', 'v0.1.0']);
    expect(vTag.status).toBe(1);
    expect(vTag.out).toContain('the tag v0.1.0 is not the version 0.1.0');
    await writeFile(join(dir, 'manifest.json'), '{ "version": "0.0.9", "minAppVersion": "1.7.2" }');
    const stale = run(dir, process.execPath, ['scripts/check-versions.mjs', '0.1.0']);
    expect(stale.status).toBe(1);
    expect(stale.out).toContain('manifest.json says 0.0.9, package.json 0.1.0');
  });
});
