import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  buildWorkGraph,
  DEFAULT_SETTINGS,
  LinkResolver,
  toReport,
  WorkIndex,
  type NoteInput,
} from '../../src/model';

// Notes drawn from a small pool of names so that links often hit, sometimes miss, and
// names collide across folders; values mix valid ones with every kind of garbage.
const names = ['Goal', 'Python', 'Route A', 'Mentor', 'goal', 'Über café', '2026-05-01', 'a.b'];
const folders = ['', 'Journal/', 'Work/', 'Work/Sub/', 'journal/'];
const name = fc.constantFrom(...names);
const link = fc.oneof(
  name.map((n) => `[[${n}]]`),
  name.map((n) => `[[${n}|x]]`),
  name.map((n) => `[t](${encodeURIComponent(n)}.md)`),
  name,
  name.map((n) => [n]), // an unquoted wikilink as YAML reads it
);
const junk = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.string(),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const value = fc.oneof(link, fc.array(fc.oneof(link, junk), { maxLength: 4 }), junk);
const tag = fc.constantFrom(
  'work/outcome',
  'work/skill',
  'work/route',
  'work/revision',
  '#work/skill/x',
  'other',
  7,
);
const frontmatter = fc.oneof(
  fc.record(
    {
      tags: fc.oneof(tag, fc.array(tag, { maxLength: 3 })),
      status: fc.oneof(fc.constantFrom('done', 'active', 'Hoped', 'doing'), junk),
      category: fc.oneof(fc.constantFrom('skill', 'role', 'relationship'), junk),
      supports: value,
      outcomes: value,
      steps: value,
      evidence: value,
      signal: fc.oneof(fc.constantFrom('win', 'setback', 'SHIFT'), junk),
      date: fc.oneof(fc.constantFrom('2026-05-01', '2026-13-01'), junk),
      aliases: fc.oneof(name, fc.array(name, { maxLength: 2 }), junk),
      horizon: fc.oneof(fc.constantFrom(2028, '2028-06'), junk),
    },
    { requiredKeys: [] },
  ),
  fc.constant(undefined),
  junk,
  fc.array(fc.string(), { maxLength: 2 }),
);
const note: fc.Arbitrary<NoteInput> = fc.record({
  path: fc.tuple(fc.constantFrom(...folders), name).map(([f, n]) => `${f}${n}.md`),
  mtime: fc.integer({ min: 0, max: 2_000_000_000_000 }),
  frontmatter,
  frontmatterError: fc.option(fc.constant('bad indentation'), { freq: 8 }),
  bodyLinks: fc.array(name, { maxLength: 3 }),
  readError: fc.option(fc.constant('EACCES'), { freq: 10 }),
});
const vault = fc.uniqueArray(note, { selector: (n) => n.path, maxLength: 25 });

const reportOf = (notes: NoteInput[], files: string[] = []) => {
  const graph = buildWorkGraph(notes, files, DEFAULT_SETTINGS);
  return toReport(graph, analyze(graph, DEFAULT_SETTINGS, '2026-06-01'));
};

describe('the model on arbitrary notes', () => {
  it('should never throw, and every edge should join known notes', () => {
    fc.assert(
      fc.property(vault, (notes) => {
        const report = reportOf(notes, ['Goal.png']);
        const ids = new Set(report.nodes.map((n) => n.id));
        const paths = new Set(notes.map((n) => n.path));
        for (const e of report.edges) {
          expect(ids.has(e.to)).toBe(true);
          expect(e.kind === 'evidence' ? paths.has(e.from) : ids.has(e.from)).toBe(true);
        }
        for (const p of report.problems) expect(paths.has(p.file)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should give the same answer for the same notes in any order', () => {
    fc.assert(
      fc.property(
        vault.chain((notes) =>
          fc.tuple(fc.constant(notes), fc.shuffledSubarray(notes, { minLength: notes.length })),
        ),
        ([notes, shuffled]) => {
          expect(reportOf(shuffled)).toEqual(reportOf(notes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should give the same answer when the host resolves the files (as Obsidian does)', () => {
    fc.assert(
      fc.property(vault, (notes) => {
        const host = new LinkResolver();
        for (const n of notes) host.set(n.path);
        host.set('Goal.png');
        const index = new WorkIndex(DEFAULT_SETTINGS, { resolve: (l, s) => host.resolve(l, s) });
        for (const n of notes) index.setNote(n);
        index.setFile('Goal.png');
        const graph = index.graph();
        expect(toReport(graph, analyze(graph, DEFAULT_SETTINGS, '2026-06-01'))).toEqual(
          reportOf(notes, ['Goal.png']),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('should give the same answer after incremental updates as after a fresh build', () => {
    fc.assert(
      fc.property(vault, vault, (before, after) => {
        const index = new WorkIndex(DEFAULT_SETTINGS);
        for (const n of before) index.setNote(n);
        index.graph();
        const keep = new Set(after.map((n) => n.path));
        for (const n of before) if (!keep.has(n.path)) index.delete(n.path);
        for (const n of after) index.setNote(n);
        const graph = index.graph();
        expect(toReport(graph, analyze(graph, DEFAULT_SETTINGS, '2026-06-01'))).toEqual(
          reportOf(after),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('should keep the graph equal to a full rebuild after any sequence of changes, renames and deletes', () => {
    // Mostly well-formed model notes, so that links resolve, move and break often.
    const modelNote = fc.oneof(
      note,
      fc.record({
        path: fc.tuple(fc.constantFrom(...folders), name).map(([f, n]) => `${f}${n}.md`),
        mtime: fc.constant(0),
        frontmatter: fc.record({
          tags: fc.constantFrom('work/outcome', 'work/skill', 'work/route'),
          supports: fc.array(link, { maxLength: 2 }),
          outcomes: fc.array(link, { maxLength: 2 }),
          steps: fc.array(link, { maxLength: 3 }),
          evidence: fc.array(link, { maxLength: 2 }),
          aliases: fc.array(name, { maxLength: 2 }),
        }),
        bodyLinks: fc.array(name, { maxLength: 3 }),
      }),
    );
    const op = fc.oneof(
      modelNote.map((n) => ({ set: n })),
      fc.record({ from: note.map((n) => n.path), to: modelNote }),
      fc.record({ remove: note.map((n) => n.path) }),
      fc.record({ file: fc.constantFrom('Goal.png', 'Work/python.md', 'a.b') }),
    );
    fc.assert(
      fc.property(
        fc.array(modelNote, { maxLength: 12 }),
        fc.array(op, { maxLength: 12 }),
        fc.boolean(),
        fc.nat(4),
        (start, ops, hosted, sliced) => {
          // Obsidian resolves files itself; the standalone index keeps its own list.
          const host = new LinkResolver();
          const index = new WorkIndex(
            DEFAULT_SETTINGS,
            hosted ? { resolve: (l, s) => host.resolve(l, s) } : null,
          );
          const set = (n: NoteInput) => {
            host.set(n.path);
            index.setNote(n);
          };
          const remove = (path: string) => {
            host.delete(path);
            index.delete(path);
          };
          const apply = (o: (typeof ops)[number]) => {
            if ('set' in o) set(o.set);
            else if ('from' in o) {
              remove(o.from);
              set(o.to);
            } else if ('remove' in o) remove(o.remove);
            else {
              host.set(o.file);
              index.setFile(o.file);
            }
          };
          for (const n of start) set(n);
          // A full build prepares the first graph in slices (here: one note each, or a few),
          // and notes may change between two slices.
          const pending = sliced > 0 ? ops.slice(0, sliced) : [];
          let steps = 0;
          while (sliced > 0 && !index.prepare(() => ++steps % sliced === 0)) {
            const o = pending.shift();
            if (o) apply(o);
          }
          for (const o of pending) apply(o);
          expect(index.graph()).toEqual(index.fullGraph());
          for (const o of ops.slice(sliced)) {
            apply(o);
            expect(index.graph()).toEqual(index.fullGraph());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
