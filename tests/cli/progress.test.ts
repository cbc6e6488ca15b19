import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { tempDir } from '../helpers/vault';
import { checkReportOutput } from '../helpers/report-contract';

let vault: string;
beforeAll(async () => {
  vault = join(await tempDir(), 'vault');
  await mkdir(vault);
  for (let i = 0; i < 100; i++)
    await writeFile(join(vault, `Note ${i}.md`), '---\ntags: work/skill\n---\n');
});

/** Runs the CLI in-process with stderr as a terminal whose clock moves `step` ms per look. */
async function run(step: number, ...args: string[]) {
  let t = 0;
  const progress: string[] = [];
  const out: string[] = [];
  const code = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => out.push(text),
    today: () => '2026-06-01',
    time: () => ({ hours: 9, minutes: 5 }),
    version: 'test',
    progress: { write: (text) => progress.push(text), now: () => (t += step) },
  });
  checkReportOutput(args, out.join('\n'));
  return { code, progress, out };
}

describe('progress on a terminal (SPEC §6)', () => {
  it('should show "Reading notes… n of m" once reading takes more than a second, then clear it', async () => {
    const r = await run(50, 'check', vault);
    expect(r.code).toBe(0);
    // 50 ms per note: past one second at the 21st note, then every 100 ms (every 2nd note).
    const expected = Array.from({ length: 40 }, (_, i) => `\rReading notes… ${21 + 2 * i} of 100`);
    expect(r.progress).toEqual([...expected, '\r\x1b[K']);
    expect(r.out).toEqual(['No problems found.']);
  });

  it('should stay quiet when reading takes less than a second', async () => {
    expect((await run(5, 'check', vault)).progress).toEqual([]);
  });

  it('should stay quiet with --json, whose reader is a program', async () => {
    const r = await run(50, 'report', vault, '--json');
    expect(r.progress).toEqual([]);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ problems: [] });
  });
});
