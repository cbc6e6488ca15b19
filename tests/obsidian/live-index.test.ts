// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toReport } from '../../src/model';
import { exampleVault, loadVault } from '../helpers/vault';
import {
  appFromFolder,
  appOf,
  appWith,
  fileAt,
  loadPlugin,
  newPlugin,
  settle,
  stub,
} from './harness';

const skill = (extra = '') => `---\ntags: work/skill\n${extra}---\n`;
const route = (steps: string) =>
  `---\ntags: work/route\noutcomes: ["[[Goal]]"]\nsteps: [${steps}]\n---\n`;

/** A vault of `n` plain notes and the given ones: big enough for the build to yield. */
function bigVault(n: number, notes: Record<string, string>) {
  const files: Record<string, string> = { ...notes };
  for (let i = 0; i < n; i++) files[`Plain/${i}.md`] = `Note ${i}`;
  return files;
}

/**
 * Makes every slice of a full build run over its time budget, so the build yields to the event
 * loop after each 128 files whatever the machine's speed.
 */
function slowClock() {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 100));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the live index during the first build', () => {
  it('should apply notes created, changed and deleted while the index is built', async () => {
    const app = appWith(
      bigVault(300, {
        'Goal.md': '---\ntags: work/outcome\n---\n',
        'Old.md': '---\ntags: work/outcome\n---\n',
        'Skill.md': skill(),
      }),
    );
    const plugin = newPlugin(app);
    await plugin.onload();
    slowClock();
    app.workspace.ready(); // the build reads 128 files, then yields
    expect(plugin.index.isReady).toBe(false);
    await app.vault.create('New.md', '---\ntags: work/outcome\n---\n');
    await app.vault.modify(fileAt(app, 'Skill.md'), skill('status: done\n'));
    await app.fileManager.trashFile(fileAt(app, 'Old.md'));
    await app.vault.rename(fileAt(app, 'Goal.md'), 'Goal 2.md');
    await app.metadataCache.settle();
    expect(plugin.index.isReady).toBe(false);
    await plugin.index.ready;
    const graph = plugin.index.graph();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['Goal 2.md', 'New.md', 'Skill.md']);
    expect(graph.byId.get('Skill.md')?.status).toBe('done');
  });

  it('should apply changes that arrive while the index is rebuilt with new settings', async () => {
    const app = appWith(bigVault(300, { 'Goal.md': '---\ntags: career/goal\n---\n' }));
    const plugin = await loadPlugin(app);
    slowClock();
    const rebuilt = plugin.index.update({
      ...plugin.config,
      tags: { ...plugin.config.tags, outcome: 'career/goal' },
    });
    expect(plugin.index.settings.tags.outcome).toBe('career/goal');
    await app.vault.create('Goal 2.md', '---\ntags: career/goal\n---\n');
    await app.fileManager.trashFile(fileAt(app, 'Goal.md'));
    await app.metadataCache.settle();
    await rebuilt;
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal 2.md']);
  });

  it('should read the notes Obsidian had not parsed at layout ready once the cache resolves', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    app.vault.seed('Late.md', '---\ntags: work/outcome\n---\n', undefined, false);
    const plugin = await loadPlugin(app);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal.md']);
    const order: string[] = [];
    app.metadataCache.on('changed', (file: { path: string }) => order.push(`changed ${file.path}`));
    app.metadataCache.on('resolved', () => order.push('resolved'));
    await app.metadataCache.finishStartup();
    await new Promise((r) => window.setTimeout(r, 0));
    expect(order).toEqual(['changed Late.md', 'resolved']);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal.md', 'Late.md']);
  });

  it('should pass over the notes read at layout ready only once, on the first resolved', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    app.vault.seed('Late.md', '---\ntags: work/outcome\n---\n', undefined, false);
    const plugin = await loadPlugin(app);
    const reads = vi.spyOn(app.metadataCache, 'getFileCache');
    app.metadataCache.trigger('resolved'); // Obsidian had resolved; Late.md is still unparsed
    await new Promise((r) => window.setTimeout(r, 0));
    expect(reads.mock.calls.map(([f]) => f.path)).toEqual(['Late.md']);
    reads.mockClear();
    app.metadataCache.trigger('resolved');
    await new Promise((r) => window.setTimeout(r, 0));
    expect(reads).not.toHaveBeenCalled();
    expect(plugin.index.isReady).toBe(true);
  });

  it('should say how far the first build has come', async () => {
    const app = appWith(bigVault(300, {}));
    const plugin = newPlugin(app);
    await plugin.onload();
    const seen: string[] = [];
    plugin.index.onProgress((p) => seen.push(`${p.done} of ${p.total}`));
    slowClock();
    app.workspace.ready();
    await plugin.index.ready;
    expect(seen).toEqual(['0 of 300', '128 of 300', '256 of 300']);
    expect(plugin.index.progress).toBeNull();
  });

  // At 100,000 notes resolving every link at once held the UI for over 100 ms the first
  // time the model was asked for; the build now does it in slices of its own.
  it('should resolve the links of the model in slices before the build is done', async () => {
    const notes: Record<string, string> = { 'Goal.md': '---\ntags: work/outcome\n---\n' };
    for (let i = 0; i < 6; i++) notes[`Skill ${i}.md`] = skill('supports: "[[Goal]]"\n');
    const app = appWith(bigVault(10, notes));
    const plugin = newPlugin(app);
    await plugin.onload();
    const resolving = vi.spyOn(app.metadataCache, 'getFirstLinkpathDest');
    const seen: string[] = [];
    plugin.index.onProgress((p) => seen.push(`${p.stage} ${resolving.mock.calls.length}`));
    slowClock();
    app.workspace.ready();
    await plugin.index.ready;
    // Reading the notes resolves nothing; then each slice resolves one note's links.
    expect(seen[0]).toBe('notes 0');
    const model = seen.filter((s) => s.startsWith('model'));
    expect(model.length).toBeGreaterThanOrEqual(6);
    const counts = model.map((s) => Number(s.split(' ')[1]));
    expect(counts.every((c, i) => i === 0 || c - (counts[i - 1] ?? 0) <= 1)).toBe(true);
    expect(plugin.index.graph().edges).toHaveLength(6);
  });
});

describe('the live index', () => {
  it('should give the same report as the CLI on the example vault', async () => {
    const app = await appFromFolder(exampleVault, Date.parse('2026-05-01T12:00:00Z'));
    const plugin = await loadPlugin(app);
    // The gauges of the last revision come from its body, read once in the background.
    const read = new Promise<void>((resolve) => plugin.index.onChange(resolve));
    expect(plugin.index.analysis('2026-11-20').gaugesSince).toBeNull();
    await read;
    const fromPlugin = toReport(plugin.index.graph(), plugin.index.analysis('2026-11-20'));
    const { copyVault } = await import('../helpers/vault');
    const { report: fromCli } = await loadVault(
      await copyVault(exampleVault, '2026-05-01'),
      '2026-11-20',
    );
    expect(fromPlugin).toEqual(fromCli);
    expect(fromPlugin.nodes.length).toBe(24);
  });

  it('should index nothing during onload and everything once the layout is ready', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    const plugin = newPlugin(app);
    await plugin.onload();
    expect(plugin.index.isReady).toBe(false);
    app.workspace.ready();
    await plugin.index.ready;
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal.md']);
  });

  it('should follow notes as they are created, changed, renamed and deleted', async () => {
    const app = appWith({
      'Goal.md': '---\ntags: work/outcome\n---\n',
      'Route.md': route('"[[Python]]"'),
    });
    const plugin = await loadPlugin(app);
    expect(plugin.index.graph().ghosts.map((g) => g.name)).toEqual(['Python']);

    await app.vault.createFolder('Skills');
    await app.vault.create('Skills/Python.md', skill());
    await settle(plugin);
    expect(plugin.index.graph().edges).toContainEqual({
      from: 'Route.md',
      to: 'Skills/Python.md',
      kind: 'step',
      order: 1,
    });
    expect(plugin.index.graph().problems).toEqual([]);

    await app.vault.modify(fileAt(app, 'Skills/Python.md'), skill('status: done\n'));
    await settle(plugin);
    expect(plugin.index.graph().byId.get('Skills/Python.md')?.status).toBe('done');

    await app.fileManager.renameFile(fileAt(app, 'Skills/Python.md'), 'Skills/Python 3.md');
    await settle(plugin);
    expect(app.vault.text('Route.md')).toContain('[[Python 3]]');
    expect(plugin.index.graph().edges).toContainEqual({
      from: 'Route.md',
      to: 'Skills/Python 3.md',
      kind: 'step',
      order: 1,
    });
    expect(plugin.index.graph().problems).toEqual([]);

    await app.fileManager.trashFile(fileAt(app, 'Skills/Python 3.md'));
    await settle(plugin);
    expect(plugin.index.graph().problems.map((p) => [p.file, p.field, p.severity])).toEqual([
      ['Route.md', 'steps', 'error'],
    ]);
  });

  // The full build asks each folder once whether it holds journal notes; a note moved in or
  // out of a journal folder is asked again by its path.
  it('should read body links as evidence in journal folders at any depth and in any case', async () => {
    const journal = (day: string) => `Worked on [[Python]] on ${day}.`;
    const app = appWith({
      'Skills/Python.md': skill(),
      'daily/2026-05-01.md': journal('one day'),
      'Daily/Deep/2026/2026-05-02.md': journal('another'),
      'Daily notes/2026-05-03.md': journal('not a journal'),
      'Notes/Daily/2026-05-04.md': journal('not one either'),
      'Inbox.md': journal('a root note'),
    });
    const plugin = await loadPlugin(app, { journalFolders: ['Daily'] });
    const sources = () => plugin.index.graph().evidence.map((e) => e.file);
    expect(sources()).toEqual(['Daily/Deep/2026/2026-05-02.md', 'daily/2026-05-01.md']);

    await app.fileManager.renameFile(fileAt(app, 'Inbox.md'), 'Daily/Inbox.md');
    await app.fileManager.renameFile(fileAt(app, 'daily/2026-05-01.md'), 'Notes/2026-05-01.md');
    await settle(plugin);
    expect(sources()).toEqual(['Daily/Deep/2026/2026-05-02.md', 'Daily/Inbox.md']);

    // An empty journal folder is the whole vault: the root folder's notes are journal notes.
    await plugin.index.update({ ...plugin.index.settings, journalFolders: [''] });
    expect(sources()).toHaveLength(5);
  });

  it('should see a renamed note with the links that were not updated as missing', async () => {
    const app = appWith({
      'Goal.md': '---\ntags: work/outcome\n---\n',
      'S.md': skill(),
      'R.md': route('"[[S]]"'),
    });
    const plugin = await loadPlugin(app);
    await app.vault.rename(fileAt(app, 'S.md'), 'T.md');
    await settle(plugin);
    expect(plugin.index.graph().ghosts).toEqual([
      { from: 'R.md', field: 'steps', name: 'S', after: 0 },
    ]);
    expect(plugin.index.graph().byId.has('T.md')).toBe(true);
  });

  it('should report frontmatter that Obsidian could not parse, and keep the other notes', async () => {
    const app = appWith({
      'Goal.md': '---\ntags: work/outcome\n---\n',
      'Bad.md': '---\ntags: [work/skill\n---\n',
    });
    const plugin = await loadPlugin(app);
    expect(plugin.index.graph().problems).toEqual([
      expect.objectContaining({
        file: 'Bad.md',
        field: null,
        severity: 'warning',
        message: expect.stringContaining('not valid YAML') as unknown,
      }),
    ]);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal.md']);
  });

  it('should read an empty frontmatter block as empty, not as invalid YAML', async () => {
    const app = appWith({
      'Goal.md': '---\ntags: work/outcome\n---\n',
      'Empty.md': '---\n---\nA journal entry.\n',
    });
    const plugin = await loadPlugin(app);
    expect(app.metadataCache.getCache('Empty.md')?.frontmatterPosition).toBeDefined();
    expect(app.metadataCache.getCache('Empty.md')?.frontmatter).toBeUndefined();
    expect(plugin.index.graph().problems).toEqual([]);
  });

  it('should read dates that Obsidian hands over as strings', async () => {
    const app = appWith({
      'Goal.md': '---\ntags: work/outcome\nhorizon: 2028-06\n---\n',
      'J.md': '---\nevidence: "[[Goal]]"\ndate: 2026-05-20\nsignal: win\n---\n',
    });
    const plugin = await loadPlugin(app);
    expect(app.metadataCache.getCache('J.md')?.frontmatter?.date).toBe('2026-05-20');
    expect(plugin.index.graph().evidence).toEqual([
      {
        file: 'J.md',
        date: '2026-05-20',
        signal: 'win',
        happened: null,
        lesson: null,
        targets: ['Goal.md'],
      },
    ]);
  });

  it('should tell listeners once per burst of changes', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    const plugin = await loadPlugin(app);
    let calls = 0;
    plugin.index.onChange(() => calls++);
    for (let i = 0; i < 5; i++) await app.vault.create(`S${i}.md`, skill());
    await app.metadataCache.settle();
    await new Promise((r) => window.setTimeout(r, 350));
    expect(calls).toBe(1);
    expect(plugin.index.graph().nodes.length).toBe(6);
  });

  it('should not tell listeners about edits that leave the model as it was', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n', 'Diary.md': 'Dear diary' });
    const plugin = await loadPlugin(app);
    const before = plugin.index.graph();
    let calls = 0;
    plugin.index.onChange(() => calls++);
    await app.vault.modify(fileAt(app, 'Diary.md'), 'Dear diary, today [[Goal]] felt near.');
    await app.metadataCache.settle();
    await new Promise((r) => window.setTimeout(r, 350));
    expect(calls).toBe(0);
    expect(plugin.index.graph()).toBe(before);
    await app.vault.modify(
      fileAt(app, 'Goal.md'),
      '---\ntags: work/outcome\nstatus: reached\n---\n',
    );
    await app.metadataCache.settle();
    await new Promise((r) => window.setTimeout(r, 350));
    expect(calls).toBe(1);
    expect(plugin.index.graph().byId.get('Goal.md')?.status).toBe('reached');
  });

  it('should stop listening to the vault when unloaded', async () => {
    const app = appWith({});
    const plugin = await loadPlugin(app);
    expect(app.metadataCache.listenerCount('changed')).toBe(1);
    expect(app.vault.listenerCount('rename')).toBeGreaterThan(0);
    stub(plugin).unload();
    expect(app.metadataCache.listenerCount('changed')).toBe(0);
    expect(
      app.vault.listenerCount('rename') +
        app.vault.listenerCount('delete') +
        app.vault.listenerCount('create'),
    ).toBe(0);
    expect(appOf(plugin).workspace.viewCreators.size).toBe(0);
  });
});

describe('waiting for new notes', () => {
  const none = { plain: [], unread: [] };

  it('should answer once Obsidian has parsed them and the graph holds them', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    const plugin = await loadPlugin(app);
    const inGraph = (...paths: string[]) => paths.map((p) => plugin.index.graph().byId.has(p));
    const creating = Promise.all([
      app.vault.create('A.md', skill()),
      app.vault.create('B.md', skill()),
    ]);
    expect(inGraph('A.md', 'B.md')).toEqual([false, false]); // not parsed yet
    expect(await plugin.index.whenIndexed(['A.md', 'B.md'])).toEqual(none);
    expect(inGraph('A.md', 'B.md')).toEqual([true, true]);
    await creating;
  });

  it('should answer as soon as Obsidian has read them, naming a note edited at once into a plain one', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    const plugin = await loadPlugin(app);
    // Created as a model note and at once edited into a plain one, as a quick user might.
    await app.vault.create('A.md', skill());
    await app.vault.create('B.md', skill());
    await app.vault.modify(fileAt(app, 'B.md'), 'Just a note now.\n');
    // A limit far beyond the test's own: the answer comes from Obsidian's reading, not a timer.
    const left = await plugin.index.whenIndexed(['A.md', 'B.md'], 600_000);
    expect(left).toEqual({ plain: ['B.md'], unread: [] });
    expect(plugin.index.graph().byId.has('A.md')).toBe(true);
  });

  it('should stop waiting after its limit and name the notes Obsidian has not read', async () => {
    const app = appWith({ 'Goal.md': '---\ntags: work/outcome\n---\n' });
    const plugin = await loadPlugin(app);
    app.vault.seed('Late.md', skill(), undefined, false); // no cache until Obsidian gets to it
    expect(await plugin.index.whenIndexed(['Goal.md', 'Late.md'], 20)).toEqual({
      plain: [],
      unread: ['Late.md'],
    });
  });

  it('should never answer a wait once the plugin is unloaded', async () => {
    const app = appWith({});
    const plugin = await loadPlugin(app);
    app.vault.seed('Late.md', skill(), undefined, false);
    let answered = false;
    void plugin.index.whenIndexed(['Late.md'], 10).then(() => (answered = true));
    stub(plugin).unload();
    await new Promise((r) => window.setTimeout(r, 50));
    expect(answered).toBe(false);
  });
});
