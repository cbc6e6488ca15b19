import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/vault';
import { cli } from './run-cli';

/** Two routes titled alike in two folders, and a third known by an alias. */
async function twoTechs(): Promise<string> {
  const vault = await tempDir();
  const route = (extra = '') => `---\ntags: work/route\nstatus: active\n${extra}---\n`;
  for (const [path, text] of Object.entries({
    'A/Tech.md': route(),
    'B/tech.md': route(),
    'Studio.md': route('aliases: [Plan B]\n'),
  })) {
    await mkdir(dirname(join(vault, path)), { recursive: true });
    await writeFile(join(vault, path), text);
  }
  return vault;
}

describe('work-model compare: which route a name means', () => {
  it('should refuse a name two routes share as bad usage, listing their paths', async () => {
    const r = cli('compare', await twoTechs(), 'tech', 'Studio', '--now', '2026-05-04');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'work-model: "tech" names 2 routes: A/Tech.md, B/tech.md. Give the path of the one you mean.\n',
    );
  });

  it("should take a route's alias, as links do, and a path written exactly", async () => {
    const r = cli('compare', await twoTechs(), 'plan b', 'B/tech', '--now', '2026-05-04');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    // Named once in full; the alias is the short name the words use after.
    expect(r.stdout.split('\n')[0]).toBe('Studio ("Plan B") vs tech, as of 2026-05-04');
  });
});
