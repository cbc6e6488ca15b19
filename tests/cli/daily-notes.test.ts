import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, touchAll } from '../helpers/vault';
import { cli } from './run-cli';

/** A vault on disk with an outcome and one daily note, at `daily`, that is evidence for it. */
async function vaultWith(daily: string): Promise<string> {
  const dir = await tempDir();
  const files = {
    'Lead.md': '---\ntags: [work/outcome]\n---\n',
    [daily]: '---\nevidence: ["[[Lead]]"]\nsignal: win\n---\nA talk went well.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await touchAll(dir, '2026-06-01');
  return dir;
}

/** The day the CLI dates the daily note by: the outcome's last activity in the JSON report. */
function evidenceDay(dir: string, ...flags: string[]): unknown {
  const r = cli('report', dir, '--json', '--now', '2026-06-01', ...flags);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { nodes: { id: string; lastActivity: unknown }[] };
  return report.nodes.find((n) => n.id === 'Lead.md')?.lastActivity;
}

describe('work-model --daily-folder and --daily-format', () => {
  it.each([
    ['YYYY-MM-DD', 'Daily/2026-05-04.md', '2026-05-04'],
    ['DD-MM-YYYY', 'Daily/04-05-2026.md', '2026-05-04'],
    ['gggg [W]ww', 'Daily/2026 W19.md', '2026-05-03'],
  ])('should date a daily note named in the format %s by its name', async (format, path, day) => {
    const dir = await vaultWith(path);
    expect(evidenceDay(dir, '--daily-folder', 'Daily', '--daily-format', format)).toBe(day);
  });

  it('should date such a note by its modification day without the flags', async () => {
    const dir = await vaultWith('Daily/04-05-2026.md');
    expect(evidenceDay(dir)).toBe('2026-06-01');
  });

  it('should read the format only inside the daily-notes folder', async () => {
    const dir = await vaultWith('Projects/04-05-2026.md');
    expect(evidenceDay(dir, '--daily-folder', 'Daily', '--daily-format', 'DD-MM-YYYY')).toBe(
      '2026-06-01',
    );
  });

  it('should take the whole vault as the folder when only the format is given', async () => {
    const dir = await vaultWith('Notes/04-05-2026.md');
    expect(evidenceDay(dir, '--daily-format=DD-MM-YYYY')).toBe('2026-05-04');
  });

  it.each([['--daily-folder'], ['--daily-format']])(
    'should refuse %s without a value, with exit code 2',
    async (flag) => {
      const dir = await vaultWith('Daily/2026-05-04.md');
      const r = cli('report', dir, flag);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${flag} needs`);
    },
  );
});
