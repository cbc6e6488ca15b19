import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls, toJsonText } from '../../src/cli/escape-text';
import { fixture, tempDir } from '../helpers/vault';
import { cli } from './run-cli';

// eslint-disable-next-line no-control-regex -- the characters a terminal must never receive
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text from notes reaches the terminal escaped (SPEC §3, §6)', () => {
  it('should print control characters of names and values escaped, one problem per line', async () => {
    const vault = join(await tempDir(), 'vault');
    await mkdir(join(vault, 'evil\u001b]0;title\u0007'), { recursive: true });
    await writeFile(join(vault, 'two\nlines.md'), '---\ntags: work/skill\nstatus: "\\e[2J"\n---\n');
    await writeFile(
      join(vault, 'evil\u001b]0;title\u0007', 'S\u009b.md'),
      '---\ntags: work/skill\nstatus: "\\x7f\\u202e"\n---\n',
    );
    for (const command of ['check', 'report']) {
      const r = cli(command, vault, '--now', '2026-06-01');
      expect(r.stdout.replace(/\n/g, '')).not.toMatch(CONTROL);
      expect(r.stdout).toContain(
        'two\\nlines.md: status: warning: "\\x1b[2J" is not a known status',
      );
      expect(r.stdout).toContain(
        'evil\\x1b]0;title\\x07/S\\x9b.md: status: warning: "\\x7f\\u202e" is not a known status',
      );
    }
  });

  it('should finish on the hostile fixture vault, its escape sequences printed as text', () => {
    const r = cli('check', fixture('hostile'));
    expect(r.code).toBe(1); // one link to a missing note
    expect(r.stdout.replace(/\n/g, '')).not.toMatch(CONTROL);
    expect(r.stdout).toContain(
      'control characters.md: status: warning: "\\x1b]0;pwned\\x07\\x1b[2J" is not a known status',
    );
    expect(r.stdout).toMatch(/^alias bomb in tags\.md: warning: The note is too large to read/m);
  });

  it('should keep --json valid and equal to the text, with DEL, C1 and bidi overrides escaped', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const json = toJsonText({ value, text });
        expect(json).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
  });

  it('should leave no control character in any text, and change nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = escapeControls(text);
        expect(shown).not.toMatch(CONTROL);
        if (!CONTROL.test(text)) expect(shown).toBe(text);
      }),
    );
    expect(escapeControls('a\nb\tc\r\u001b\u0000\u009b\u202e')).toBe(
      'a\\nb\\tc\\r\\x1b\\x00\\x9b\\u202e',
    );
  });
});
