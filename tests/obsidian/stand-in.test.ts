// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Real from 'obsidian';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Stand from './stand-in/obsidian';
import * as standIn from './stand-in/obsidian';

// The stand-in records what Obsidian does; it must not invent API. Its public members are
// checked against obsidian.d.ts by the type checker (npm test runs it): whatever a stand-in
// class offers beyond the real class is a test helper named here.

/**
 * Public members of the stand-in class that the real one lacks, minus the named helpers
 * (every event source can count its listeners, to prove they are removed).
 */
type Invented<S, R, Helpers extends PropertyKey = never> = Exclude<
  keyof S,
  keyof R | Helpers | 'listenerCount'
>;

describe('the obsidian stand-in', () => {
  it('should offer no member that obsidian.d.ts lacks, besides its named test helpers', () => {
    // So are the registry of property types and the lists of plugins: shaped as plugins call them.
    expectTypeOf<
      Invented<Stand.App, Real.App, 'metadataTypeManager' | 'internalPlugins' | 'plugins'>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<Stand.Vault, Real.Vault, 'seed' | 'text' | 'writes' | 'metadataCache'>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<
        Stand.MetadataCache,
        Real.MetadataCache,
        'seeded' | 'finishStartup' | 'fileChanged' | 'renamed' | 'deleted' | 'settle'
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.FileManager, Real.FileManager>>().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<
        Stand.Workspace,
        Real.Workspace,
        'ready' | 'leaves' | 'viewCreators' | 'opened' | 'openedIn' | 'activeFile'
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.WorkspaceLeaf, Real.WorkspaceLeaf>>().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<
        Stand.Plugin,
        Real.Plugin,
        | 'commands'
        | 'ribbon'
        | 'statusBar'
        | 'settingTabs'
        | 'codeBlocks'
        | 'data'
        | 'hoverSources'
        | 'loaded'
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<Stand.ItemView, Real.ItemView, 'loaded' | 'open' | 'close'>
    >().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.Modal, Real.Modal>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.Setting, Real.Setting>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.TFile, Real.TFile>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.TFolder, Real.TFolder>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.TextComponent, Real.TextComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.ToggleComponent, Real.ToggleComponent>>().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<Stand.DropdownComponent, Real.DropdownComponent>
    >().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.ButtonComponent, Real.ButtonComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.Events, Real.Events>>().toEqualTypeOf<never>();
    expectTypeOf<Invented<Stand.Menu, Real.Menu, 'items'>>().toEqualTypeOf<never>();
    expectTypeOf<
      Invented<Stand.MenuItem, Real.MenuItem, 'title' | 'icon' | 'click'>
    >().toEqualTypeOf<never>();
  });

  it('should export only names that obsidian.d.ts exports', () => {
    const dts = readFileSync(
      join(import.meta.dirname, '../../node_modules/obsidian/obsidian.d.ts'),
      'utf8',
    );
    const exported = new Set(
      [
        ...dts.matchAll(
          /^export (?:declare )?(?:abstract )?(?:class|function|const|interface|type|let) (\w+)/gm,
        ),
      ].map((m) => m[1]),
    );
    const invented = Object.keys(standIn).filter((name) => !exported.has(name));
    expect(invented).toEqual([]);
  });

  it('should resolve links as the model resolves them, without aliases', () => {
    const app = new standIn.App();
    app.vault.seed('Notes/Goal.md', '---\naliases: [Target]\n---\n');
    app.vault.seed('Archive/Goal.md', '');
    expect(app.metadataCache.getFirstLinkpathDest('Goal', 'Notes/Other.md')?.path).toBe(
      'Notes/Goal.md',
    );
    // Elsewhere, the shortest path wins.
    expect(app.metadataCache.getFirstLinkpathDest('goal#Heading', 'x.md')?.path).toBe(
      'Notes/Goal.md',
    );
    expect(app.metadataCache.getFirstLinkpathDest('Target', 'x.md')).toBeNull();
  });

  it('should keep dates as strings, and give invalid YAML a position but no frontmatter', () => {
    const app = new standIn.App();
    app.vault.seed('A.md', '---\ndate: 2026-05-20\n---\n');
    app.vault.seed('B.md', '---\ntags: [a\n---\n');
    expect(app.metadataCache.getCache('A.md')?.frontmatter).toEqual({ date: '2026-05-20' });
    const bad = app.metadataCache.getCache('B.md');
    expect(bad?.frontmatterPosition).toBeDefined();
    expect(bad?.frontmatter).toBeUndefined();
  });

  it('should fire changed per file, then resolved once, and nothing for a rename', async () => {
    const app = new standIn.App();
    const events: string[] = [];
    app.metadataCache.on('changed', (f: { path: string }) => events.push(`changed ${f.path}`));
    app.metadataCache.on('resolved', () => events.push('resolved'));
    app.vault.on('rename', (f: { path: string }) => events.push(`rename ${f.path}`));
    const created = app.vault.create('A.md', 'a');
    void app.vault.create('B.md', 'b');
    expect(events).toEqual([]); // parsed off the write path, later
    await app.metadataCache.settle();
    const a = await created;
    await app.vault.rename(a, 'C.md');
    await app.metadataCache.settle();
    expect(events).toEqual(['changed A.md', 'changed B.md', 'resolved', 'rename C.md']);
  });

  it('should parse a note written twice before it was parsed with its latest text', async () => {
    const app = new standIn.App();
    const seen: string[] = [];
    app.metadataCache.on('changed', (_f: unknown, data: string) => seen.push(data));
    // A listener that rewrites a note as soon as it is created, before Obsidian parses it.
    app.vault.on('create', (f: standIn.TAbstractFile) => {
      if (f instanceof standIn.TFile) void app.vault.modify(f, '---\ntags: plain\n---\n');
    });
    const file = await app.vault.create('A.md', '---\ntags: work/skill\n---\n');
    await app.metadataCache.settle();
    expect(seen.every((d) => d === '---\ntags: plain\n---\n')).toBe(true);
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ tags: 'plain' });
  });
});
