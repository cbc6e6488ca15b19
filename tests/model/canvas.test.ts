import { describe, expect, it } from 'vitest';
import { toCanvas } from '../../src/model';
import { loadVault, tempDir } from '../helpers/vault';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

describe('the canvas export', () => {
  it('should give every edge its own id, whatever "->" and "|" the note names hold', async () => {
    const vault = await tempDir();
    // Old ids joined the parts with "|" and "->": these two supports edges met in one id.
    const files = {
      'a.md': '---\ntags: work/skill\nsupports: ["[[b.md->c]]"]\n---\n',
      'a.md->b.md': '---\ntags: work/skill\nsupports: ["[[c]]"]\n---\n',
      'b.md->c.md': '---\ntags: work/outcome\n---\n',
      'c.md': '---\ntags: work/outcome\n---\n',
      'R|x.md': '---\ntags: work/route\noutcomes: ["[[c]]"]\nsteps: ["[[a]]", "[[a]]"]\n---\n',
    };
    for (const [path, text] of Object.entries(files)) await writeFile(join(vault, path), text);
    const { graph } = await loadVault(vault, '2026-05-04');
    const canvas = toCanvas(graph);
    const ids = canvas.edges.map((e) => e.id);
    expect(canvas.edges.filter((e) => e.label === 'supports')).toHaveLength(2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
