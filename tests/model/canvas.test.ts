import { apart } from '../helpers/cards';
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_SETTINGS, toCanvas } from '../../src/model';
import { mapPositions } from '../../src/model/outputs/map/layout/map-positions';
import { toMapModel } from '../../src/model/outputs/map/map-model';
import { exampleVault, loadVault, tempDir } from '../helpers/vault';
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
    const canvas = toCanvas(graph, new Map());
    const ids = canvas.edges.map((e) => e.id);
    expect(canvas.edges.filter((e) => e.label === 'supports')).toHaveLength(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("should lay the canvas out with the map's own layout: Now first, outcomes last, no card on another", async () => {
    const { graph } = await loadVault(exampleVault, '2026-11-20');
    const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-11-20'));
    const canvas = toCanvas(graph, mapPositions(model));
    const x = (id: string) => canvas.nodes.find((n) => n.id === id)?.x ?? NaN;
    const outcomes = graph.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
    const stones = graph.nodes.filter((n) => n.kind === 'skill').map((n) => n.id);
    for (const id of [...outcomes, ...stones]) expect(x(id)).toBeGreaterThan(x('__now__'));
    for (const o of outcomes) for (const s of stones) expect(x(o), o).toBeGreaterThan(x(s));
    for (const a of canvas.nodes)
      for (const b of canvas.nodes)
        if (a !== b) expect(apart(a, b), `${a.id} and ${b.id}`).toBe(true);
  });
});
