// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PickNotesModal } from '../../src/obsidian/pick-notes-modal';
import { VIEW_TYPE } from '../../src/obsidian/work-model-view';
import { appWith, idle, loadPlugin, runCommand, topModal } from './harness';
import { Modal } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Python.md': '---\ntags: work/skill\n---\n',
  'SQL.md': '---\ntags: work/skill\n---\n',
  'Nonprofit.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
  'Tech.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]", "[[SQL]]"]\n---\n',
  'Journal/2026-05-20.md': '---\nevidence: ["[[Nonprofit]]"]\nsignal: win\n---\n',
  'Journal/2026-05-21.md': '---\nevidence: ["[[SQL]]"]\nsignal: setback\n---\n',
};

beforeEach(() => {
  Modal.openModals.forEach((m) => m.close());
  document.body.empty();
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
      'Since 3 May: Nonprofit 0 steps done, 1 win, 0 setbacks; Tech 0 steps done, 0 wins, 1 setback on SQL.',
    );
    expect(card?.textContent).toContain('Nonprofit advances faster.');
    // The card is the answer: no modal covers the map.
    expect(Modal.openModals.filter((m) => (m as unknown) !== picker)).toEqual([]);
    // Clearing the selection hides the card and unpresses both routes.
    card?.querySelector<HTMLButtonElement>('.work-model-map-clear')?.click();
    expect(pane.querySelector('.work-model-map-h2h')?.classList).toContain('work-model-hidden');
    expect(pane.querySelectorAll('.work-model-map-route[aria-pressed="true"]')).toHaveLength(0);
  });
});
