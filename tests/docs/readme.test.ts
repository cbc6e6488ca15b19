import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The documents a reader follows links through: the README and everything in docs/. */
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Relative link targets of a Markdown document (outside code), without their #fragment. */
function relativeLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

describe('README', () => {
  it('should stay at most 15 KB, with the reference material in docs/', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(15 * 1024);
  });

  it('should open with its two set-up commands, both scripts that exist', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
    const commands = firstBlock.split('\n').map((line) => line.replace(/#.*/, '').trim());
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm run demo', 'npm test']);
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test']));
    expect(read('README.md').indexOf('```sh')).toBeLessThan(read('README.md').indexOf('\n## '));
  });

  it('should say up front that the tests drive Chromium and that .ci/run installs it', () => {
    const top = read('README.md').split('\n## ')[0]!;
    expect(top).toMatch(/Chromium/);
    expect(top).toMatch(/\.ci\/run/);
    expect(read('.ci/run')).toMatch(/apt-get install[^\n]*chromium/);
  });

  it.each(documents)('%s should link only to files that exist', (file) => {
    const missing = relativeLinks(read(file)).filter(
      (target) => !existsSync(resolve(root, dirname(file), decodeURI(target))),
    );
    expect(missing).toEqual([]);
  });
});
