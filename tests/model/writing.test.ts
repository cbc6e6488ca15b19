import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cleanNoteName,
  decodeSnapshot,
  DEFAULT_SETTINGS,
  draftPlainNote,
  draftRoute,
  encodeSnapshot,
  fillTemplate,
  frontmatterText,
  LinkResolver,
  parseBlockOptions,
  readNote,
  yamlString,
  type VaultLookup,
} from '../../src/model';

function lookup(...paths: string[]): VaultLookup {
  const resolver = new LinkResolver();
  for (const p of paths) resolver.set(p);
  return { exists: (p) => paths.includes(p), resolver, kindOf: () => null };
}

describe('YAML the plugin writes', () => {
  it('should read back as the same text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(parse(`v: ${yamlString(s)}`, { schema: 'core' })).toEqual({ v: s });
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['true', 'no', 'null', '1e3', '0x10', '- a', 'a: b', 'a #b', '[[Note]]', "it's", ' pad'])(
    'should quote %j so YAML keeps it text',
    (s) => {
      expect(parse(`v: ${yamlString(s)}`, { schema: 'core' })).toEqual({ v: s });
    },
  );

  it('should write frontmatter the model reads back exactly', () => {
    const text = frontmatterText({
      tags: ['work/route'],
      status: 'active',
      outcomes: ['[[A: b]]'],
      steps: [],
      risk: undefined,
    });
    expect(text).toBe(
      '---\ntags:\n  - work/route\nstatus: active\noutcomes:\n  - "[[A: b]]"\nsteps: []\n---\n',
    );
    const fm = parse(text.slice(4, -4), { schema: 'core' }) as unknown;
    const note = readNote({ path: 'R.md', mtime: 0, frontmatter: fm }, DEFAULT_SETTINGS);
    expect(note.props).toEqual({
      kind: 'route',
      status: 'active',
      resume: null,
      risk: null,
      gauges: null,
    });
    expect(note.links[0]?.refs.map((r) => r.path)).toEqual(['A: b']);
  });
});

describe('note names', () => {
  it.each([
    ['Design / research: v2?', 'Design research v2'],
    ['  .hidden  ', 'hidden'],
    ['Note.md', 'Note'],
    ['a#b^c[d]e|f', 'a b c d e f'],
    ['tab\there', 'tab here'],
    ['שלום 🚀', 'שלום 🚀'],
  ])('should clean %j to %j', (raw, name) => {
    expect(cleanNoteName(raw)).toEqual({ ok: true, name });
  });

  it.each([['???'], ['   '], ['CON'], ['x'.repeat(201)]])(
    'should refuse %j with a message',
    (raw) => {
      const r = cleanNoteName(raw);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message.length).toBeGreaterThan(10);
    },
  );
});

describe('a missing note of no kind', () => {
  it('should be created where its link points, each part of the name cleaned', () => {
    expect(draftPlainNote('Ideas/What now?')).toEqual({
      ok: true,
      drafts: [{ path: 'Ideas/What now.md', content: '' }],
    });
    expect(draftPlainNote(' / ')).toEqual({ ok: false, message: '" / " cannot be a note name.' });
  });
});

describe('route drafts', () => {
  it('should link a new note by path when its bare name already means another note', () => {
    const r = draftRoute(
      {
        name: 'R',
        outcomes: [{ path: 'Goals/G.md' }],
        steps: [{ name: 'Python' }],
        status: 'exploring',
        risk: null,
      },
      DEFAULT_SETTINGS,
      lookup('Goals/G.md', 'Old/Python.md'),
    );
    expect(r.ok && r.drafts[0]?.content).toContain(
      'steps:\n  - "[[Work Model/Stepping stones/Python]]"',
    );
  });

  it('should link an existing note by path when its name is ambiguous', () => {
    const r = draftRoute(
      { name: 'R', outcomes: [{ path: 'B/G.md' }], steps: [], status: 'exploring', risk: null },
      DEFAULT_SETTINGS,
      lookup('A/G.md', 'B/G.md'),
    );
    expect(r.ok && r.drafts[0]?.content).toContain('outcomes:\n  - "[[B/G]]"');
  });

  it('should write a new step typed twice, in any letter case, once', () => {
    const once = draftRoute(
      {
        name: 'R',
        outcomes: [{ name: 'G' }],
        steps: [{ name: 'S' }, { name: 's' }],
        status: 'exploring',
        risk: null,
      },
      DEFAULT_SETTINGS,
      lookup(),
    );
    expect(once.ok && once.drafts.map((d) => d.path)).toEqual([
      'Work Model/Routes/R.md',
      'Work Model/Outcomes/G.md',
      'Work Model/Stepping stones/S.md',
    ]);
  });
});

describe('templates and dates', () => {
  it('should fill known placeholders and keep unknown ones as written', () => {
    const out = fillTemplate('{{ title }} {{date:YYYY}} {{nope}} {{date}}', (name, arg) =>
      name === 'title' ? 'T' : name === 'date' ? (arg ?? 'today') : null,
    );
    expect(out).toBe('T YYYY {{nope}} today');
  });
});

describe('snapshots', () => {
  it('should survive a round trip and reject damaged ones', () => {
    const snap = {
      v: 1 as const,
      date: '2026-01-01',
      nodes: [['a.md', 'skill', 'done'] as ['a.md', 'skill', 'done']],
      routes: [],
    };
    const text = `# Prose\n\n${encodeSnapshot(snap)}`;
    expect(decodeSnapshot(text)).toEqual(snap);
    expect(decodeSnapshot(text.replace('"v":1', '"v":2'))).toBeNull();
    expect(decodeSnapshot(text.replace('}', ''))).toBeNull();
    expect(decodeSnapshot('no snapshot')).toBeNull();
  });
});

describe('code block options', () => {
  it('should read show and status, case-insensitively', () => {
    expect(parseBlockOptions('Show: Outcomes\nstatus: active, exploring')).toEqual({
      show: 'outcomes',
      statuses: ['active', 'exploring'],
      routes: [],
      error: null,
    });
  });

  it('should name an unknown option', () => {
    expect(parseBlockOptions('colour: red').error).toBe(
      '"colour" is not an option; the options are show, status and route.',
    );
  });
});
