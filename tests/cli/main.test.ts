import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, tempDir } from '../helpers/vault';

// Far more output than a pipe holds (64 KB), so the CLI is still writing when `head` exits.
let vault: string;
beforeAll(async () => {
  vault = join(await tempDir(), 'vault');
  await mkdir(vault);
  for (let i = 0; i < 2000; i++)
    await writeFile(
      join(vault, `Skill ${i}.md`),
      `---\ntags: work/skill\nstatus: doing ${i}\n---\n`,
    );
  await writeFile(
    join(vault, 'Route.md'),
    '---\ntags: work/route\noutcomes: ["[[Nowhere]]"]\n---\n',
  );
});

/** Runs the CLI into a real pipe to `head`, which closes it after the first line. */
function intoHead(...args: string[]) {
  const quoted = [process.execPath, cliPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`);
  const r = spawnSync(
    'bash',
    ['-c', `${quoted.join(' ')} 2>cli.err | head -n 1; echo "exit \${PIPESTATUS[0]}"; cat cli.err`],
    { encoding: 'utf8', cwd: join(vault, '..') },
  );
  return r.stdout;
}

describe('a closed pipe (`work-model check | head`)', () => {
  it('should end quietly with the normal exit code', () => {
    // The one error (a missing outcome) makes the normal code 1: "problems found".
    expect(intoHead('check', vault)).toBe(
      'Route.md: outcomes: error: [[Nowhere]] does not match any note. Create the note "Nowhere" or correct the link.\nexit 1\n',
    );
  });

  it('should end quietly with exit 0 for a report without errors', async () => {
    await writeFile(join(vault, 'Route.md'), '---\ntags: work/outcome\n---\n');
    expect(intoHead('report', vault, '--json')).toBe('{\nexit 0\n');
  });
});
