// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeSnapshot } from '../../src/model';
import type { PickNotesModal } from '../../src/obsidian/pick-notes-modal';
import { VIEW_TYPE } from '../../src/obsidian/work-model-view';
import {
  appWith,
  click,
  fileAt,
  idle,
  lastNotice,
  loadPlugin,
  runCommand,
  stub,
  topModal,
} from './harness';
import { Modal, type App } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Python.md': '---\ntags: work/skill\nStatus: building\nmood: keen\n---\nPractice every day.\n',
  'SQL.md': '---\ntags: work/skill\n---\n',
  'Done.md': '---\ntags: work/skill\nstatus: done\n---\n',
  'Nonprofit.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
  'Tech.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]", "[[SQL]]"]\n---\n',
  'Journal/2026-05-20.md': '---\nevidence: ["[[Nonprofit]]"]\nsignal: win\n---\n',
  'Journal/2026-05-21.md': '---\nevidence: ["[[SQL]]"]\nsignal: setback\n---\n',
  'Revisions/By hand.md': '---\ntags: work/revision\ndate: 2026-05-15\n---\nMy own thoughts.\n',
};

beforeEach(() => {
  Modal.openModals.forEach((m) => m.close());
  document.body.empty();
});

async function open(app: App, path: string) {
  await app.workspace.getLeaf(false).openFile(fileAt(app, path));
}

const available = (plugin: Awaited<ReturnType<typeof loadPlugin>>, id: string) =>
  stub(plugin)
    .commands.find((c) => c.id === id)
    ?.checkCallback?.(true);

describe('Mark stepping stone done', () => {
  it('should set status done and completed today on the active stone, and nothing else', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await open(app, 'Python.md');
    runCommand(plugin, 'mark-stone-done');
    await idle(plugin);
    expect(app.metadataCache.getCache('Python.md')?.frontmatter).toEqual({
      tags: 'work/skill',
      Status: 'done', // the property keeps the name the user gave it
      mood: 'keen',
      completed: '2026-06-01',
    });
    expect(app.vault.text('Python.md')).toMatch(/---\nPractice every day\.\n$/);
    expect(lastNotice()).toBe('Python is done (completed 2026-06-01).');
    // The model sees the step completed today: advancement for both routes through it.
    const stone = plugin.index.graph().byId.get('Python.md');
    expect(stone).toMatchObject({ status: 'done', completed: '2026-06-01' });
  });

  it('should keep the completed day of a stone that is already done', async () => {
    const app = appWith({
      ...vault,
      'Done.md': '---\ntags: work/skill\nstatus: done\ncompleted: 2026-04-02\n---\n',
    });
    const plugin = await loadPlugin(app);
    await open(app, 'Done.md');
    const before = app.vault.text('Done.md');
    runCommand(plugin, 'mark-stone-done');
    await idle(plugin);
    expect(app.vault.text('Done.md')).toBe(before);
    expect(lastNotice()).toBe('Done is already done.');
  });

  it('should let the user pick a stone not yet done when the active note is none', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await open(app, 'Goal.md');
    runCommand(plugin, 'mark-stone-done');
    const modal = topModal<PickNotesModal>();
    const offered = modal.picker.opts.options().map((o) => o.path);
    expect(offered).toEqual(['Python.md', 'SQL.md']);
    click(modal.contentEl.querySelector('button.mod-cta'));
    expect(modal.contentEl.querySelector('.work-model-form-error')?.textContent).toBe(
      'Pick one note.',
    );
    modal.picker.add({ path: 'SQL.md' });
    await modal.submit();
    await idle(plugin);
    expect(app.metadataCache.getCache('SQL.md')?.frontmatter).toMatchObject({
      status: 'done',
      completed: '2026-06-01',
    });
  });
});

describe('Add snapshot to this revision', () => {
  it('should be offered only on a revision note', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await open(app, 'Goal.md');
    expect(available(plugin, 'add-snapshot')).toBe(false);
    await open(app, 'Revisions/By hand.md');
    expect(available(plugin, 'add-snapshot')).toBe(true);
  });

  it('should append the snapshot to a hand-written revision once, keeping its words', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await open(app, 'Revisions/By hand.md');
    runCommand(plugin, 'add-snapshot');
    await idle(plugin);
    const text = app.vault.text('Revisions/By hand.md') ?? '';
    expect(text.startsWith(vault['Revisions/By hand.md'])).toBe(true);
    expect(decodeSnapshot(text)?.routes).toEqual([
      ['Nonprofit.md', 0, 1],
      ['Tech.md', 0, 2],
    ]);
    const writes = app.vault.writes.length;
    runCommand(plugin, 'add-snapshot');
    await idle(plugin);
    expect(app.vault.writes).toHaveLength(writes);
    expect(lastNotice()).toBe('By hand already has a snapshot; it was left as it is.');
  });
});

describe('Compare routes', () => {
  it('should open the map with both routes selected and their head-to-head in words', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'compare-routes');
    const picker = topModal<PickNotesModal>();
    picker.picker.add({ path: 'Nonprofit.md' });
    picker.picker.add({ path: 'Tech.md' });
    await picker.submit();
    await idle(plugin);
    const leaves = app.workspace.getLeavesOfType(VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    const pane = (leaves[0]?.view as unknown as { containerEl: HTMLElement }).containerEl;
    const pressed = [...pane.querySelectorAll('.work-model-map-route[aria-pressed="true"]')];
    expect(pressed.map((b) => b.getAttribute('data-id'))).toEqual(['Nonprofit.md', 'Tech.md']);
    const card = pane.querySelector('.work-model-map-h2h');
    expect(card?.querySelector('h5')?.textContent).toBe('Nonprofit vs Tech');
    expect(card?.textContent).toContain(
      'Nonprofit leads over 6 months, 1 to 0, and the last 30 days, 1 to 0.',
    );
    expect(card?.textContent).toContain(
      'Setbacks over 6 months, never scored: Nonprofit 0; Tech 1 on SQL.',
    );
    // The card is the answer: no modal covers the map.
    expect(Modal.openModals.filter((m) => (m as unknown) !== picker)).toEqual([]);
    // Clearing the selection hides the card and unpresses both routes.
    card?.querySelector<HTMLButtonElement>('.work-model-map-clear')?.click();
    expect(pane.querySelector('.work-model-map-h2h')?.classList).toContain('work-model-hidden');
    expect(pane.querySelectorAll('.work-model-map-route[aria-pressed="true"]')).toHaveLength(0);
  });
});
