import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, loadVault } from '../helpers/vault';

type Loaded = Awaited<ReturnType<typeof loadVault>>;
let vault: Loaded;
beforeAll(async () => {
  vault = await loadVault(fixture('links'), '2026-11-01');
});

const stepsOf = (route: string) =>
  vault.report.edges.filter((e) => e.from === route && e.kind === 'step').map((e) => e.to);

describe('link forms (SPEC §1), one route note per form', () => {
  it.each([
    ['Routes/wikilink.md', 'Skills/Python.md'],
    ['Routes/display text.md', 'Skills/Python.md'],
    ['Routes/heading.md', 'Skills/Python.md'],
    ['Routes/block.md', 'Skills/Python.md'],
    ['Routes/folder path.md', 'Skills/Python.md'],
    ['Routes/md extension.md', 'Skills/Python.md'],
    ['Routes/markdown link.md', 'Skills/Public speaking.md'],
    ['Routes/markdown link angle.md', 'Skills/Public speaking.md'],
    ['Routes/case insensitive.md', 'Skills/Python.md'],
    ['Routes/dot in name.md', 'Skills/v1.2 migration.md'],
    ['Routes/shortest path.md', 'People/Mentor.md'],
    ['Routes/exact path.md', 'People/Old/Mentor.md'],
    ['Routes/relative markdown link.md', 'People/Old/Mentor.md'],
    ['Side projects/Side route.md', 'Side projects/Mentor.md'],
  ])('should resolve the step of %s to %s', (route, skill) => {
    expect(stepsOf(route)).toEqual([skill]);
  });

  it.each(['Routes/alias.md', 'Routes/alias case.md'])(
    'should resolve an alias of the outcome in %s',
    (route) => {
      const targets = vault.report.edges.filter((e) => e.from === route && e.kind === 'target');
      expect(targets.map((e) => e.to)).toEqual(['Outcomes/Senior designer.md']);
    },
  );

  it('should keep the order of steps as written', () => {
    const edges = vault.report.edges
      .filter((e) => e.from === 'Routes/several in one.md' && e.kind === 'step')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    expect(edges.map((e) => [e.order, e.to])).toEqual([
      [1, 'Skills/Python.md'],
      [2, 'People/Mentor.md'],
      [3, 'Skills/Public speaking.md'],
    ]);
  });

  it('should read kinds from a list, a string, a #tag, nested tags and legacy keys', () => {
    const kinds = Object.fromEntries(vault.report.nodes.map((n) => [n.id, n.kind]));
    expect(kinds['Skills/Public speaking.md']).toBe('skill'); // "#work/skill/soft"
    expect(kinds['Skills/v1.2 migration.md']).toBe('skill'); // Tags:
    expect(kinds['People/Mentor.md']).toBe('skill'); // tag:
    expect(kinds['Side projects/Mentor.md']).toBe('skill'); // "work/skill, project"
    expect(kinds['Outcomes/Senior designer.md']).toBe('outcome');
  });

  it('should warn only about the links Obsidian itself does not follow (SPEC §3)', () => {
    const ignored = "Obsidian's graph, backlinks and rename updates ignore it";
    const keep = 'so Obsidian keeps it when the note is renamed; it is used meanwhile.';
    expect(vault.report.problems.map((p) => [p.file, p.field, p.severity, p.message])).toEqual([
      [
        'Routes/alias case.md',
        'outcomes',
        'warning',
        `[[lead DESIGNER]] names Senior designer only through its alias "lead DESIGNER", and ${ignored}. Write "[[Senior designer|lead DESIGNER]]" ${keep}`,
      ],
      [
        'Routes/alias.md',
        'outcomes',
        'warning',
        `[[Dream job]] names Senior designer only through its alias "Dream job", and ${ignored}. Write "[[Senior designer|Dream job]]" ${keep}`,
      ],
      [
        'Routes/markdown link angle.md',
        'steps',
        'warning',
        `[talk](<Skills/Public speaking.md>) is a Markdown link, and in a property ${ignored}. Write "[[Skills/Public speaking]]" ${keep}`,
      ],
      [
        'Routes/markdown link.md',
        'steps',
        'warning',
        `[talk](Skills/Public%20speaking.md) is a Markdown link, and in a property ${ignored}. Write "[[Skills/Public speaking]]" ${keep}`,
      ],
      [
        'Routes/relative markdown link.md',
        'steps',
        'warning',
        `[m](../People/Old/Mentor.md) is a Markdown link, and in a property ${ignored}. Write "[[People/Old/Mentor]]" ${keep}`,
      ],
    ]);
  });
});
