// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VIEW_TYPE } from '../../src/obsidian/work-model-view';
import { appWith, idle, loadPlugin } from './harness';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Python.md': '---\ntags: work/skill\n---\n',
  'Route.md': '---\ntags: work/route\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the pane in a pop-out window', () => {
  it('should draw with its own window, listen in its own document and show page previews', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const leaf = app.workspace.openPopoutLeaf();
    const { win, doc } = leaf.getContainer();
    // The pop-out's own event classes, as its page would construct them.
    const own = win as typeof window;
    const mainFrames = vi.spyOn(window, 'requestAnimationFrame');
    const ownFrames = vi.spyOn(win, 'requestAnimationFrame');
    await leaf.setViewState({ type: VIEW_TYPE });
    await idle(plugin);
    const el = (leaf.view as unknown as { containerEl: HTMLElement }).containerEl;
    doc.body.appendChild(el);
    expect(el.ownerDocument).toBe(doc);

    const search = el.querySelector<HTMLInputElement>('input[type="search"]');
    expect(search?.ownerDocument).toBe(doc);
    ownFrames.mockClear();
    if (!search) throw new Error('no search field');
    search.value = 'python';
    search.dispatchEvent(new own.Event('input', { bubbles: true }));
    expect(ownFrames).toHaveBeenCalled();
    expect(mainFrames).not.toHaveBeenCalled();

    // The inspection hook is the pop-out's, not the main window's.
    expect((win as unknown as { workModelMap?: unknown }).workModelMap).toBeDefined();
    expect((window as unknown as { workModelMap?: unknown }).workModelMap).toBeUndefined();

    const hovers: string[] = [];
    app.workspace.on('hover-link', (info: { linktext: string }) => hovers.push(info.linktext));
    el.querySelector('[role="option"][data-id="Python.md"]')?.dispatchEvent(
      new own.MouseEvent('mouseover', { bubbles: true }),
    );
    expect(hovers).toEqual(['Python.md']);
  });
});
