import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model';
import { fixture, loadVault } from '../helpers/vault';

let problems: Problem[];
let vault: Awaited<ReturnType<typeof loadVault>>;
beforeAll(async () => {
  vault = await loadVault(fixture('problems'), '2026-11-01');
  problems = vault.report.problems;
});

const of = (file: string) => problems.filter((p) => p.file === file);

describe('problems of SPEC §3, one note per problem', () => {
  it.each<[string, string | null, Problem['severity'], RegExp]>([
    [
      'missing link.md',
      'steps',
      'error',
      /\[\[Interview practice\]\] does not match any note\. Create the note "Interview practice"/,
    ],
    [
      'wrong kind.md',
      'outcomes',
      'error',
      /links Python\.md, which is a skill, where an outcome belongs\. Link a note tagged #work\/outcome/,
    ],
    ['link to a file.md', 'steps', 'error', /diagram\.png, which is a file, not a note/],
    ['link to a plain note.md', 'supports', 'error', /a note without a work model tag/],
    ['no outcomes.md', 'outcomes', 'error', /A route needs at least one outcome\. Add outcomes:/],
    [
      'unknown status.md',
      'status',
      'warning',
      /"doing" is not a known status; "planned" is used\. Use one of: planned, building, done\./,
    ],
    [
      'unknown risk.md',
      'risk',
      'warning',
      /"extreme" is not a known risk; it is ignored\. Use one of: low, medium, high\./,
    ],
    ['unquoted wikilink.md', 'steps', 'warning', /Wrap the link in quotes: "\[\[Python\]\]"/],
    [
      'unquoted wikilink list item.md',
      'supports',
      'warning',
      /Wrap the link in quotes: "\[\[Goal\]\]"/,
    ],
    ['duplicate step.md', 'steps', 'warning', /listed more than once; it counts once/],
    ['number as link.md', 'steps', 'warning', /42 \(a number\) is not a link, so it is ignored/],
    ['link property is a number.md', 'supports', 'warning', /7 \(a number\) is not a link/],
    ['link property is an object.md', 'supports', 'warning', /a nested object is not a link/],
    [
      'plain text link.md',
      'supports',
      'warning',
      /"Goal" is plain text, not a link: Obsidian's graph, backlinks and rename updates ignore it\. Write "\[\[Goal\]\]" so Obsidian keeps it when the note is renamed; it is used meanwhile\./,
    ],
    ['broken yaml.md', null, 'warning', /not valid YAML .*; the note is skipped\. Fix the YAML/],
    ['frontmatter is a list.md', null, 'warning', /frontmatter is a list, not a set of properties/],
    [
      'frontmatter is a scalar.md',
      null,
      'warning',
      /frontmatter is "just some words", not a set of properties/,
    ],
    [
      'two kinds.md',
      'tags',
      'warning',
      /several kinds \(outcome, skill\); it is read as an outcome/,
    ],
    [
      'bad horizon.md',
      'horizon',
      'warning',
      /"someday" is not a date; it is ignored\. Write YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      'Journal/bad evidence date.md',
      'date',
      'warning',
      /"last tuesday" is not a calendar day, so the file's modification day, \d{4}-\d{2}-\d{2}, is used instead\. Write YYYY-MM-DD\./,
    ],
    ['Journal/bad evidence date.md', 'signal', 'warning', /"triumph" is not a known signal/],
    [
      'Journal/evidence to a missing note.md',
      'evidence',
      'error',
      /\[\[Ghost skill\]\] does not match any note/,
    ],
    [
      'Journal/evidence to a plain note.md',
      'evidence',
      'error',
      /where an outcome, a skill or a route belongs/,
    ],
  ])('should report %s (%s) as %s', (file, field, severity, message) => {
    expect(of(file)).toContainEqual({
      file,
      field,
      severity,
      message: expect.stringMatching(message) as unknown,
    });
  });

  it('should report exactly one problem per scenario note and none for valid notes', () => {
    const files = new Set(problems.map((p) => p.file));
    expect(files).not.toContain('Goal.md');
    expect(files).not.toContain('Python.md');
    expect(files).not.toContain('numeric tags.md');
    expect(files).not.toContain('Plain note.md');
    expect(problems.filter((p) => p.file !== 'Journal/bad evidence date.md').length).toBe(
      files.size - 1,
    );
  });

  it('should still use the intended link of an unquoted wikilink', () => {
    expect(vault.report.edges).toContainEqual({
      from: 'unquoted wikilink.md',
      to: 'Python.md',
      kind: 'step',
      order: 1,
    });
    expect(vault.report.edges).toContainEqual({
      from: 'unquoted wikilink list item.md',
      to: 'Goal.md',
      kind: 'supports',
    });
  });

  it('should count a repeated step once and ignore values of the wrong type', () => {
    const route = vault.report.routes.find((r) => r.id === 'duplicate step.md');
    expect(route?.stepsTotal).toBe(1);
    expect(vault.report.routes.find((r) => r.id === 'number as link.md')?.steps).toEqual([
      'Python.md',
    ]);
  });

  it('should use defaults for unknown values', () => {
    expect(vault.report.nodes.find((n) => n.id === 'unknown status.md')?.status).toBe('planned');
  });

  it('should skip notes whose frontmatter is broken, a list or a scalar', () => {
    const ids = vault.report.nodes.map((n) => n.id);
    expect(ids).not.toContain('broken yaml.md');
    expect(ids).not.toContain('frontmatter is a list.md');
  });

  it('should make a ghost, not an edge, of a link to a missing note', () => {
    expect(vault.graph.ghosts).toContainEqual({
      from: 'missing link.md',
      field: 'steps',
      name: 'Interview practice',
      after: 0, // the route's first step: its ghost is drawn first on the line
    });
    expect(vault.report.edges.some((e) => e.to.includes('Interview practice'))).toBe(false);
  });

  it('should keep the valid links of an evidence note that also has a missing one', () => {
    expect(vault.report.edges).toContainEqual({
      from: 'Journal/evidence to a missing note.md',
      to: 'Goal.md',
      kind: 'evidence',
    });
  });
});
