// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPositions } from '../../src/obsidian/saved-positions';
import { appWith, fileAt, idle, loadPlugin, stub } from './harness';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  '__Archive/Old goal.md': '---\ntags: work/outcome\n---\n',
  'Route.md': '---\ntags: work/route\noutcomes: ["[[Goal]]"]\nsteps: ["[[Missing]]"]\n---\n',
};

/** What the plugin wrote to data.json, after pending saves. */
async function savedPositions(plugin: Awaited<ReturnType<typeof loadPlugin>>) {
  stub(plugin).unload(); // saves what is pending
  await idle(plugin);
  return (stub(plugin).data as { positions: Record<string, unknown> }).positions;
}

describe('saved view positions', () => {
  it.each([
    ['text', 'oops'],
    ['a list', [{ x: 1, y: 2 }]],
    ['null', null],
  ])('should ignore positions saved as %s', (_what, raw) => {
    expect(readPositions(raw).size).toBe(0);
  });

  it('should keep only well-formed entries', () => {
    const read = readPositions({
      'A.md': { x: 1, y: 2, pinned: true },
      'B.md': { x: '1', y: 2 },
      'C.md': { x: Infinity, y: 0 },
      'D.md': { x: 1, y: 2, pinned: 'yes' },
      'E.md': 'oops',
      'F.md': { x: 3, y: 4, extra: 1 },
    });
    expect([...read]).toEqual([
      ['A.md', { x: 1, y: 2, pinned: true }],
      ['F.md', { x: 3, y: 4 }],
    ]);
  });

  it('should load "positions":"oops" as no positions and save none of its junk', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app, { positions: 'oops' });
    expect(plugin.positions.size).toBe(0);
    plugin.savePositions(new Map([['Goal.md', { x: 1, y: 2 }]]));
    expect(await savedPositions(plugin)).toEqual({ 'Goal.md': { x: 1, y: 2 } });
  });

  it('should save positions of notes in folders starting with __, but not of the now node or ghosts', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    plugin.savePositions(
      new Map([
        ['__Archive/Old goal.md', { x: 5, y: 6 }],
        ['__now__', { x: 0, y: 0 }],
        ['ghost:Missing', { x: 9, y: 9 }],
      ]),
    );
    expect(await savedPositions(plugin)).toEqual({ '__Archive/Old goal.md': { x: 5, y: 6 } });
  });

  it('should drop the position of a deleted note, and of notes deleted while Obsidian was closed', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app, {
      positions: {
        'Goal.md': { x: 1, y: 1 },
        'Gone.md': { x: 2, y: 2 },
        'Route.md': { x: 3, y: 3 },
      },
    });
    await idle(plugin);
    expect([...plugin.positions.keys()]).toEqual(['Goal.md', 'Route.md']);
    await app.fileManager.trashFile(fileAt(app, 'Goal.md'));
    await idle(plugin);
    expect(await savedPositions(plugin)).toEqual({ 'Route.md': { x: 3, y: 3 } });
  });
});
