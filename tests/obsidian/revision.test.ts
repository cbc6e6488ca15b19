// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { decodeSnapshot } from '../../src/model';
import { createRevision } from '../../src/obsidian/create-revision';
import { appWith, fileAt, idle, lastNotice, loadPlugin, stub } from './harness';
import type { App } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\nstatus: pursuing\n---\n',
  'Skills/Python.md': '---\ntags: work/skill\n---\n',
  'Route.md':
    '---\ntags: work/route\nstatus: exploring\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
  'Journal/2026-05-02.md':
    '---\nevidence: ["[[Python]]"]\nsignal: win\n---\n# Monday\nPassed the Python test. Next: SQL.\n',
  'Journal/2026-05-03.md':
    '---\nevidence: ["[[Route]]"]\nsignal: setback\nsummary: The bootcamp is full until autumn.\nlesson: Apply for the spring cohort instead.\n---\n',
};
const revisionPath = (day: string) => `Work Model/Revisions/${day} revision.md`;

async function setup(files: Record<string, string> = vault, data: unknown = null) {
  const app = appWith(files);
  const plugin = await loadPlugin(app, data);
  const revise = async (day: string) => {
    const file = await createRevision(plugin.app, plugin.index, day, { hours: 9, minutes: 5 });
    await idle(plugin);
    return file;
  };
  return { app, plugin, revise };
}

describe('Create revision note', () => {
  it('should fill the built-in template, create the missing folder and record a snapshot', async () => {
    const { app, revise } = await setup();
    await revise('2026-05-04');
    const text = app.vault.text(revisionPath('2026-05-04')) ?? '';
    expect(app.vault.getFolderByPath('Work Model/Revisions')).not.toBeNull();
    expect(text).toContain(
      '---\ntags:\n  - work/revision\ndate: 2026-05-04\n---\n# 2026-05-04 revision',
    );
    expect(text).toContain('## Outcomes\n- [[Goal]] (pursuing)');
    expect(text).toContain(
      '- [[Route]]: exploring; 0%, 0/1 steps done; 6 months: 0 steps done, 1 win; advancement 1, 1 of its own; last 30 days: 1 win, 1 setback, 0 insights, 0 shifts; 2 unique, 0 shared',
    );
    expect(text).toContain(
      '## What changed since the last revision\n- This is the first revision.',
    );
    // Grouped by route, with the note's own words: its summary, else its first paragraph;
    // a setback's lesson before its prompts.
    expect(text).toContain(
      [
        '## Evidence since the last revision',
        '### [[Route]]',
        '- 2026-05-02 win [[2026-05-02]]: Passed the Python test. Next: SQL.',
        '- 2026-05-03 setback [[2026-05-03]]: The bootcamp is full until autumn. — Lesson: Apply for the spring cohort instead.',
        '  - What did it teach? ',
        '  - Which assumption does it test? ',
        '  - What changes in the model? ',
      ].join('\n'),
    );
    expect(text).toContain(
      '- Which parts of your plan feel most rigid or vulnerable to disruption?\n  - Goal has one live route, Route: a setback there stalls it. Map a second route. ([[Goal]], [[Route]])\n',
    );
    expect(decodeSnapshot(text)?.nodes).toEqual([
      ['Goal.md', 'outcome', 'pursuing'],
      ['Route.md', 'route', 'exploring'],
      ['Skills/Python.md', 'skill', 'planned'],
    ]);
    expect(app.workspace.opened).toEqual([revisionPath('2026-05-04')]);
  });

  it('should list what changed since the previous revision, even after its prose was edited', async () => {
    const { app, plugin, revise } = await setup();
    await revise('2026-05-04');
    // The user rewrites the prose of the first revision; the snapshot comment stays.
    await app.vault.process(fileAt(app, revisionPath('2026-05-04')), (t) =>
      t.replace(/## Outcomes[\s\S]*?## Routes/, '## My own words\n\n## Routes'),
    );
    await app.vault.modify(
      fileAt(app, 'Skills/Python.md'),
      '---\ntags: work/skill\nstatus: done\n---\n',
    );
    await app.vault.modify(
      fileAt(app, 'Route.md'),
      vault['Route.md'].replace('exploring', 'active'),
    );
    await app.vault.create('Skills/SQL.md', '---\ntags: work/skill\n---\n');
    await app.fileManager.trashFile(fileAt(app, 'Goal.md'));
    await app.vault.create(
      'Journal/2026-05-10.md',
      '---\nevidence: ["[[Route]]"]\nsignal: insight\n---\n',
    );
    await idle(plugin);

    await revise('2026-05-11');
    const text = app.vault.text(revisionPath('2026-05-11')) ?? '';
    const changes = text.slice(text.indexOf('## What changed'), text.indexOf('## Evidence'));
    expect(changes).toBe(
      [
        '## What changed since the last revision',
        '- Added skill [[SQL]]',
        '- Removed outcome Goal',
        '- [[Route]]: exploring → active',
        '- [[Python]]: planned → done',
        '- [[Route]]: 0/1 → 1/1 steps done',
        '',
        '',
      ].join('\n'),
    );
    const evidence = text.slice(text.indexOf('## Evidence'), text.indexOf('## Gaps'));
    expect(evidence).toBe(
      '## Evidence since the last revision\n### [[Route]]\n- 2026-05-10 insight [[2026-05-10]]\n\n',
    );
  });

  it("should open today's revision instead of overwriting it", async () => {
    const { app, revise } = await setup();
    await revise('2026-05-04');
    await app.vault.process(
      fileAt(app, revisionPath('2026-05-04')),
      (t) => `${t}\nMy reflection.\n`,
    );
    const before = app.vault.text(revisionPath('2026-05-04'));
    const writes = app.vault.writes.length;
    await revise('2026-05-04');
    expect(app.vault.text(revisionPath('2026-05-04'))).toBe(before);
    expect(app.vault.writes.length).toBe(writes);
    expect(lastNotice()).toBe("Today's revision already exists; it was opened, not overwritten.");
    expect(app.workspace.opened.at(-1)).toBe(revisionPath('2026-05-04'));
  });

  it("should say that today's revision holds no snapshot, when it was cut short", async () => {
    const cut =
      '---\ntags:\n  - work/revision\ndate: 2026-05-04\n---\n# 2026-05-04 revision\n\n## Outc';
    const { app, revise } = await setup({ ...vault, [revisionPath('2026-05-04')]: cut });
    await revise('2026-05-04');
    expect(app.vault.text(revisionPath('2026-05-04'))).toBe(cut);
    expect(app.vault.writes).toEqual([]);
    expect(lastNotice()).toMatch(
      /^Today's revision 2026-05-04 revision exists but holds no snapshot of the model/,
    );
  });

  it('should create nothing when the template would make the revision a note of another kind', async () => {
    const { app, revise } = await setup(
      { ...vault, 'Templates/Revision.md': '---\ntags: [work/skill]\n---\n# {{title}}\n' },
      { revisionTemplate: 'Templates/Revision.md' },
    );
    expect(await revise('2026-05-04')).toBeNull();
    expect(app.vault.writes).toEqual([]);
    expect(lastNotice()).toMatch(
      /^The revision would not be read back as today's revision: The note has tags of several kinds \(skill, revision\)/,
    );
  });

  it('should write one note when asked twice at once', async () => {
    const { app, plugin } = await setup();
    await Promise.all([
      createRevision(plugin.app, plugin.index, '2026-05-04'),
      createRevision(plugin.app, plugin.index, '2026-05-04'),
    ]);
    expect(app.vault.writes.filter(([k]) => k === 'create')).toEqual([
      ['create', revisionPath('2026-05-04')],
    ]);
  });

  it('should use a template note, keep unknown placeholders as written and run nothing', async () => {
    const template =
      '---\nmood: calm\n---\n# Review {{date:dddd D MMMM YYYY}} at {{time}}\n{{routes}}\n{{unknown}} {{date:[week] W}}\n<%= 1+1 %> ${1+1}\n';
    const { app, revise } = await setup(
      { ...vault, 'Templates/Revision.md': template },
      { revisionTemplate: 'Templates/Revision.md' },
    );
    await revise('2026-05-04');
    const text = app.vault.text(revisionPath('2026-05-04')) ?? '';
    expect(text).toContain('# Review Monday 4 May 2026 at 09:05\n- [[Route]]: exploring');
    expect(text).toContain('{{unknown}} week 19\n<%= 1+1 %> ${1+1}\n');
    expect(app.metadataCache.getCache(revisionPath('2026-05-04'))?.frontmatter).toEqual({
      mood: 'calm',
      tags: ['work/revision'],
      date: '2026-05-04',
    });
  });

  it('should create the note whole, in one write, merging the tags of any case', async () => {
    const template = '---\nTags: [review]\nDATE: 2020-01-01\nmood: calm\n---\n# {{title}}\n';
    const { app, revise } = await setup(
      { ...vault, 'Templates/Revision.md': template },
      { revisionTemplate: 'Templates/Revision.md' },
    );
    await revise('2026-05-04');
    expect(app.vault.writes.filter(([, p]) => p === revisionPath('2026-05-04'))).toEqual([
      ['create', revisionPath('2026-05-04')],
    ]);
    expect(app.metadataCache.getCache(revisionPath('2026-05-04'))?.frontmatter).toEqual({
      mood: 'calm',
      tags: ['review', 'work/revision'],
      date: '2026-05-04',
    });
  });

  it('should create nothing when the template has broken YAML, and say what to fix', async () => {
    const { app, revise } = await setup(
      { ...vault, 'Templates/Revision.md': '---\nmood: [calm\n---\n# {{title}}\n' },
      { revisionTemplate: 'Templates/Revision.md' },
    );
    expect(await revise('2026-05-04')).toBeNull();
    expect(app.vault.getFileByPath(revisionPath('2026-05-04'))).toBeNull();
    expect(app.vault.writes).toEqual([]);
    expect(lastNotice()).toMatch(
      /^The revision template Templates\/Revision.md has frontmatter that is not valid YAML/,
    );
    // Nothing half-made blocks today's revision once the template is fixed.
    await app.vault.modify(fileAt(app, 'Templates/Revision.md'), '# {{title}}\n');
    expect(await revise('2026-05-04')).not.toBeNull();
  });

  it('should fall back to the built-in template when the chosen one does not exist', async () => {
    const { app, revise } = await setup(vault, { revisionTemplate: 'Templates/Gone.md' });
    await revise('2026-05-04');
    expect(app.vault.text(revisionPath('2026-05-04'))).toContain('## Reflection');
    expect(lastNotice()).toBe('Created 2026-05-04 revision.');
  });
});

describe('the status bar', () => {
  const statusText = (app: App, plugin: Awaited<ReturnType<typeof loadPlugin>>) => {
    void app;
    return stub(plugin).statusBar[0]?.textContent;
  };

  it('should say when the next revision is due and create it on click', async () => {
    const { app, plugin } = await setup({
      ...vault,
      'Work Model/Revisions/old.md': '---\ntags: work/revision\ndate: 2020-01-01\n---\n',
    });
    expect(statusText(app, plugin)).toMatch(/^Revision due: the last was \d+ days ago$/);
    stub(plugin).statusBar[0]?.dispatchEvent(new MouseEvent('click'));
    await idle(plugin);
    expect(app.vault.writes.filter(([k]) => k === 'create')).toHaveLength(1);
    expect(statusText(app, plugin)).toBe('Revision due in 30 days');
  });

  it('should invite a first revision when there is none', async () => {
    const { app, plugin } = await setup();
    expect(statusText(app, plugin)).toBe('Write your first revision');
  });
});
