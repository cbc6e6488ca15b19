import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The source file a relative import names, or null for a package. */
function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(file), spec));
  for (const f of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(join(root, f))) return f;
  return null;
}

/** Every import cycle among `files`, each as the files along it (Tarjan's components). */
function cycles(files: readonly string[]): string[][] {
  const edges = new Map(files.map((f) => [f, importsOf(f).flatMap((s) => target(f, s) ?? [])]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    index.set(f, index.size);
    low.set(f, index.get(f) as number);
    stack.push(f);
    for (const g of edges.get(f) ?? []) {
      if (!index.has(g)) {
        visit(g);
        low.set(f, Math.min(low.get(f) as number, low.get(g) as number));
      } else if (stack.includes(g))
        low.set(f, Math.min(low.get(f) as number, index.get(g) as number));
    }
    if (low.get(f) === index.get(f)) {
      const part: string[] = [];
      let g: string | undefined;
      do part.push((g = stack.pop() as string));
      while (g !== f);
      if (part.length > 1) found.push(part.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

/** The only files at the top of src/view: the component and its inspection contract. */
const TOP_OF_VIEW = ['work-map.ts', 'map-inspection.ts'];

describe('dependency direction (obsidian → view → model, cli → model)', () => {
  const model = sources('src/model');

  it('should find the model sources', () => {
    expect(model.length).toBeGreaterThan(10);
  });

  // zod/mini, never full zod: the model is bundled into main.js.
  it.each(model)('%s should import only other model files and zod/mini', (file) => {
    for (const spec of importsOf(file)) {
      const ok =
        spec === 'zod/mini' || (spec.startsWith('.') && resolvesInside(file, spec, 'src/model'));
      expect(ok, `${file} imports ${spec}`).toBe(true);
    }
  });

  it.each(model)('%s should not touch the DOM, Node or the clock', (file) => {
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|process|require|Date\.now|Math\.random)\b/);
  });

  const view = [...sources('src/view'), ...sources('src/standalone')];

  it('should keep the view in folders of its parts, with the map component on top', () => {
    const parts = ['scene', 'layout', 'canvas', 'input', 'panels'];
    for (const file of sources('src/view')) {
      const [folder, ...rest] = file.slice('src/view/'.length).split('/');
      const ok =
        rest.length === 0 ? TOP_OF_VIEW.includes(folder ?? '') : parts.includes(folder ?? '');
      expect(ok, `${file} is outside the view's parts`).toBe(true);
    }
    for (const part of parts) expect(sources(`src/view/${part}`).length).toBeGreaterThan(0);
  });

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

  it.each(sources('src/cli'))('%s should import neither obsidian nor the view', (file) => {
    for (const spec of importsOf(file)) {
      const wrong =
        spec === 'obsidian' ||
        ['src/obsidian', 'src/view', 'src/standalone'].some(
          (dir) => spec.startsWith('.') && resolvesInside(file, spec, dir),
        );
      expect(wrong, `${file} imports ${spec}`).toBe(false);
    }
  });

  it('should find no import cycle anywhere in src', () => {
    expect(cycles(sources('src'))).toEqual([]);
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
