// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceModal } from '../../src/obsidian/evidence-modal';
import { linkEvidence } from '../../src/obsidian/link-evidence';
import {
  appWith,
  click,
  fileAt,
  idle,
  lastNotice,
  loadPlugin,
  runCommand,
  suggestions,
  topModal,
  type,
} from './harness';
import { Modal } from './stand-in/obsidian';

const model = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Skills/Python.md': '---\ntags: work/skill\naliases: [py]\n---\n',
  'Route.md': '---\ntags: work/route\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
};
const journal =
  '---\ndate: 2026-05-20\nmood: "good"\nrating: 4\n---\nWrote a **parser** today.\n\n- [ ] tidy up\n';

beforeEach(() => {
  Modal.openModals.forEach((m) => m.close());
  document.body.empty();
});

describe('Link note as evidence', () => {
  it('should add links and a signal, keep every other property and the body byte for byte', async () => {
    const app = appWith({ ...model, 'Journal/2026-05-20.md': journal });
    const plugin = await loadPlugin(app);
    await app.workspace.getLeaf(false).openFile(fileAt(app, 'Journal/2026-05-20.md'));
    runCommand(plugin, 'link-evidence');
    const modal = topModal<EvidenceModal>();
    type(modal.picker.inputEl, 'py');
    click(suggestions().find((s) => s.textContent?.startsWith('Python')));
    type(modal.picker.inputEl, 'route');
    click(suggestions()[0]);
    const signal = modal.contentEl.querySelector('select') as HTMLSelectElement;
    signal.value = 'win';
    signal.dispatchEvent(new Event('change'));
    click([...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Link'));
    await idle(plugin);

    const text = app.vault.text('Journal/2026-05-20.md') ?? '';
    expect(text.endsWith('---\nWrote a **parser** today.\n\n- [ ] tidy up\n')).toBe(true);
    const fm = app.metadataCache.getCache('Journal/2026-05-20.md')?.frontmatter;
    expect(fm).toEqual({
      date: '2026-05-20',
      mood: 'good',
      rating: 4,
      evidence: ['[[Python]]', '[[Route]]'],
      signal: 'win',
    });
    expect(plugin.index.graph().evidence).toEqual([
      {
        file: 'Journal/2026-05-20.md',
        date: '2026-05-20',
        signal: 'win',
        // The metadata cache holds no body text: excerpts come from `summary` in the index.
        happened: null,
        lesson: null,
        targets: ['Route.md', 'Skills/Python.md'],
      },
    ]);
    expect(lastNotice()).toBe('2026-05-20: linked 2 notes as evidence, signal: win.');
  });

  it('should link the same note only once, however often it is asked, and then not write at all', async () => {
    const app = appWith({ ...model, 'Journal/j.md': journal });
    const plugin = await loadPlugin(app);
    const file = fileAt(app, 'Journal/j.md');
    expect(
      await linkEvidence(plugin.app, plugin.index, file as never, ['Skills/Python.md'], null),
    ).toBe(1);
    await idle(plugin);
    const writes = app.vault.writes.length;
    expect(
      await linkEvidence(plugin.app, plugin.index, file as never, ['Skills/Python.md'], null),
    ).toBe(0);
    expect(app.vault.writes.length).toBe(writes);
    expect(app.metadataCache.getCache('Journal/j.md')?.frontmatter?.evidence).toEqual([
      '[[Python]]',
    ]);
    expect(lastNotice()).toBe('j already links that note as evidence.');
  });

  it('should recognise an existing link written another way (alias, path, unquoted)', async () => {
    const app = appWith({ ...model, 'j.md': '---\nevidence: [[py]]\n---\n' });
    const plugin = await loadPlugin(app);
    await linkEvidence(
      plugin.app,
      plugin.index,
      fileAt(app, 'j.md') as never,
      ['Skills/Python.md', 'Goal.md'],
      null,
    );
    await idle(plugin);
    expect(app.metadataCache.getCache('j.md')?.frontmatter?.evidence).toEqual([
      '[[py]]',
      '[[Goal]]',
    ]);
  });

  it('should read Evidence: and Signal: as the model does, and not rewrite a note that has them', async () => {
    const note = '---\nEvidence: ["[[Goal]]"]\nSignal: win\n---\nbody\n';
    const app = appWith({ ...model, 'J.md': note });
    const plugin = await loadPlugin(app);
    const file = fileAt(app, 'J.md') as never;
    expect(await linkEvidence(plugin.app, plugin.index, file, ['Goal.md'], 'win')).toBe(0);
    expect(app.vault.writes).toEqual([]);
    expect(lastNotice()).toBe('J already links that note as evidence.');
    expect(await linkEvidence(plugin.app, plugin.index, file, ['Route.md'], 'win')).toBe(1);
    await idle(plugin);
    expect(app.metadataCache.getCache('J.md')?.frontmatter).toEqual({
      Evidence: ['[[Goal]]', '[[Route]]'],
      Signal: 'win',
    });
  });

  it('should link evidence in a note whose frontmatter block is empty', async () => {
    const app = appWith({ ...model, 'Empty.md': '---\n---\nbody\n' });
    const plugin = await loadPlugin(app);
    const file = fileAt(app, 'Empty.md') as never;
    expect(await linkEvidence(plugin.app, plugin.index, file, ['Goal.md'], null)).toBe(1);
    expect(app.vault.text('Empty.md')).toBe('---\nevidence:\n  - "[[Goal]]"\n---\nbody\n');
  });

  it('should work on a note without frontmatter', async () => {
    const app = appWith({ ...model, 'Plain.md': 'Just text, [[Goal]] in the body.\n' });
    const plugin = await loadPlugin(app);
    await linkEvidence(
      plugin.app,
      plugin.index,
      fileAt(app, 'Plain.md') as never,
      ['Goal.md'],
      'insight',
    );
    await idle(plugin);
    expect(app.vault.text('Plain.md')).toBe(
      '---\nevidence:\n  - "[[Goal]]"\nsignal: insight\n---\nJust text, [[Goal]] in the body.\n',
    );
  });

  it('should refuse a note whose YAML is invalid and change nothing', async () => {
    const broken = '---\nmood: [good\n---\nbody\n';
    const app = appWith({ ...model, 'Bad.md': broken });
    const plugin = await loadPlugin(app);
    expect(
      await linkEvidence(
        plugin.app,
        plugin.index,
        fileAt(app, 'Bad.md') as never,
        ['Goal.md'],
        'win',
      ),
    ).toBeNull();
    expect(app.vault.text('Bad.md')).toBe(broken);
    expect(app.vault.writes).toEqual([]);
    expect(lastNotice()).toBe(
      'Bad.md: the frontmatter is not valid YAML, so nothing was changed. Fix the YAML between the "---" lines first.',
    );
  });

  it('should skip a picked note that was deleted meanwhile', async () => {
    const app = appWith({ ...model, 'j.md': 'x' });
    const plugin = await loadPlugin(app);
    await app.fileManager.trashFile(fileAt(app, 'Goal.md'));
    await linkEvidence(
      plugin.app,
      plugin.index,
      fileAt(app, 'j.md') as never,
      ['Goal.md', 'Route.md'],
      null,
    );
    await idle(plugin);
    expect(app.metadataCache.getCache('j.md')?.frontmatter?.evidence).toEqual(['[[Route]]']);
  });

  it('should be offered only when a Markdown note is active', async () => {
    const app = appWith({ ...model, 'pic.png': 'x' });
    const plugin = await loadPlugin(app);
    const command = (
      plugin as unknown as { commands: { id: string; checkCallback: (c: boolean) => boolean }[] }
    ).commands.find((c) => c.id === 'link-evidence');
    expect(command?.checkCallback(true)).toBe(false);
    await app.workspace.getLeaf(false).openFile(fileAt(app, 'pic.png'));
    expect(command?.checkCallback(true)).toBe(false);
    await app.workspace.getLeaf(false).openFile(fileAt(app, 'Goal.md'));
    expect(command?.checkCallback(true)).toBe(true);
  });
});
