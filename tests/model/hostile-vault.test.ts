import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model';
import { copyVault, fixture, loadVault } from '../helpers/vault';

// Read as the CLI reads it (files, gray-matter with the YAML 1.2 engine), then modelled.
let vault: Awaited<ReturnType<typeof loadVault>>;
beforeAll(async () => {
  vault = await loadVault(await copyVault(fixture('hostile'), '2026-05-20'), '2026-06-30');
});

const of = (file: string) =>
  vault.report.problems.filter((p) => p.file === file).map((p) => [p.field, p.severity, p.message]);

const tooLarge = (why: string): [string | null, Problem['severity'], string][] => [
  [
    null,
    'warning',
    `The note is too large to read: ${why}; it is skipped. Split it, or shorten its properties.`,
  ],
];

describe('hostile notes (SPEC §3), one scenario per note', () => {
  it.each([
    'alias bomb in steps.md',
    'alias bomb in tags.md',
    'alias bomb in nested outcomes.md',
    'Journal/alias bomb in evidence.md',
  ])('should skip %s as too large, and read the rest of the vault', (file) => {
    expect(of(file)).toEqual(tooLarge('its frontmatter expands past 1 MB through YAML aliases'));
    expect(vault.report.nodes.map((n) => n.id)).not.toContain(file);
  });

  it('should skip a note nested deeper than 64 levels as too large', () => {
    expect(of('deep nesting.md')).toEqual(tooLarge('its frontmatter nests deeper than 64 levels'));
  });

  it('should ignore empty links with a warning, never linking the note to itself', () => {
    const empty = (link: string) => [
      'supports',
      'warning',
      `${link} is an empty link, so it is ignored. Write the note's name inside: "[[Note name]]".`,
    ];
    expect(of('empty link.md')).toEqual([empty('[[]]'), empty('[[|shown]]')]);
    const edges = vault.report.edges.filter((e) => e.from === 'empty link.md');
    expect(edges).toEqual([{ from: 'empty link.md', to: 'Goal.md', kind: 'supports' }]);
  });

  it('should use a link that resolves only through an alias, and say how Obsidian keeps it', () => {
    expect(of('link through an alias only.md')).toEqual([
      [
        'steps',
        'warning',
        `[[SQL]] names SQL and analytics only through its alias "SQL", and Obsidian's graph, backlinks and rename updates ignore it. Write "[[SQL and analytics|SQL]]" so Obsidian keeps it when the note is renamed; it is used meanwhile.`,
      ],
    ]);
    expect(vault.report.edges).toContainEqual({
      from: 'link through an alias only.md',
      to: 'SQL and analytics.md',
      kind: 'step',
      order: 1,
    });
  });

  it.each([
    [
      'Journal/no calendar day.md',
      '"2026-02-30" is not a calendar day, so the file\'s modification day, 2026-05-20, is used instead.',
      '2026-05-20',
    ],
    [
      'Journal/2026-06-01 year zero.md',
      '"0000-01-01" is not a calendar day, so the date in the file name, 2026-06-01, is used instead.',
      '2026-06-01',
    ],
  ])('should ignore the date of %s and name the fallback', (file, message, day) => {
    expect(of(file)).toEqual([['date', 'warning', `${message} Write YYYY-MM-DD.`]]);
    expect(vault.graph.evidence.find((e) => e.file === file)?.date).toBe(day);
  });

  it('should keep a timestamp with an offset on the day written, as Obsidian does', () => {
    const file = 'Journal/2026-06-02 timestamp with offset.md';
    expect(of(file)).toEqual([]);
    expect(vault.graph.evidence.find((e) => e.file === file)?.date).toBe('2026-05-01');
  });

  it('should read no frontmatter from a fence that never closes, and empty frontmatter from an empty block', () => {
    expect(of('fence never closes.md')).toEqual([]);
    expect(of('empty frontmatter.md')).toEqual([]);
    expect(vault.report.nodes.map((n) => n.id)).not.toContain('fence never closes.md');
  });

  it('should quote at most 80 characters of a long link', () => {
    const [problem] = of('long link.md');
    expect(problem?.[2]).toBe(
      `[[${'x'.repeat(77)}… does not match any note. Create the note "${'x'.repeat(79)}…" or correct the link.`,
    );
  });

  it('should read every other note of the vault', () => {
    expect(vault.report.nodes.map((n) => n.id)).toEqual([
      'Goal.md',
      'Python.md',
      'SQL and analytics.md',
      'control characters.md',
      'empty link.md',
      'link through an alias only.md',
      'long link.md',
    ]);
  });
});
