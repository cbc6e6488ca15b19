import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pluginBundle, pluginMeta } from '../helpers/vault';

// main.js runs on Obsidian mobile too: no Node, no Electron, no gray-matter (SPEC §4, §7).
describe('the plugin bundle main.js', () => {
  const code = readFileSync(pluginBundle, 'utf8');
  const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);

  it('should require nothing but obsidian', () => {
    expect(new Set(required)).toEqual(new Set(['obsidian']));
  });

  it.each(['electron', ...builtinModules.filter((m) => !m.startsWith('_'))])(
    'should not require %s',
    (mod) => {
      expect(required).not.toContain(mod);
      expect(required).not.toContain(`node:${mod}`);
    },
  );

  it('should not contain gray-matter or a YAML parser of its own', () => {
    expect(code).not.toMatch(/gray-matter|js-yaml|YAMLException|YAMLParseError/);
  });

  it("should not bundle a copy of moment: dates go through Obsidian's own", () => {
    expect(code).not.toMatch(/moment construction falls back to js Date|Invalid date/);
  });

  it('should bundle zod/mini only, never full zod (docs/adr/0002-schemas-with-zod-mini.md)', () => {
    const meta = JSON.parse(readFileSync(pluginMeta, 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown> }>;
    };
    const zod = Object.keys(meta.outputs['main.js']?.inputs ?? {}).filter((f) =>
      f.includes('node_modules/zod/'),
    );
    expect(zod.some((f) => f.includes('/v4/mini/'))).toBe(true);
    expect(zod.filter((f) => f.includes('/classic/'))).toEqual([]);
  });

  // The product's budget, d3 included (docs/adr/0003-a-300-kb-budget-with-d3.md).
  it('should stay within 300 KB minified', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(300 * 1024);
  });
});
