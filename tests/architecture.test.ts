import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

const importsOf = (file: string) =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] as string);

/** Whether the relative import `spec` of `file` names a module inside the folder `dir`. */
const resolvesInside = (file: string, spec: string, dir: string) =>
  (normalize(join(dirname(file), spec)) + '/').startsWith(normalize(dir) + '/');

describe('dependency direction (obsidian → view → model, cli → model)', () => {
  const model = sources('src/model');

  it('should find the model sources', () => {
    expect(model.length).toBeGreaterThan(10);
  });

  it.each(model)('%s should import only other model files', (file) => {
    for (const spec of importsOf(file)) {
      const ok = spec.startsWith('.') && resolvesInside(file, spec, 'src/model');
      expect(ok, `${file} imports ${spec}`).toBe(true);
    }
  });

  it.each(model)('%s should not touch the DOM, Node or the clock', (file) => {
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|process|require|Date\.now|Math\.random)\b/);
  });

  const view = [...sources('src/view'), ...sources('src/standalone')];

  it('should find the view sources', () => {
    expect(view.length).toBeGreaterThan(5);
  });

  it.each(view)('%s should import only d3 modules, the view and the model', (file) => {
    for (const spec of importsOf(file)) {
      const ok =
        spec.startsWith('d3-') ||
        (spec.startsWith('.') &&
          (resolvesInside(file, spec, 'src/view') ||
            resolvesInside(file, spec, 'src/standalone') ||
            resolvesInside(file, spec, 'src/model')));
      expect(ok, `${file} imports ${spec}`).toBe(true);
    }
  });

  it.each(sources('src/cli'))('%s should not import obsidian', (file) => {
    expect(importsOf(file)).not.toContain('obsidian');
    expect(importsOf(file).every((s) => !s.includes('obsidian/'))).toBe(true);
  });

  it.each([...sources('src/obsidian'), 'src/main.ts'])(
    '%s should import only obsidian, the model and the adapter (no Node, no CLI)',
    (file) => {
      for (const spec of importsOf(file)) {
        const ok = spec === 'obsidian' || spec.startsWith('.');
        expect(ok && !spec.includes('/cli'), `${file} imports ${spec}`).toBe(true);
      }
    },
  );
});
