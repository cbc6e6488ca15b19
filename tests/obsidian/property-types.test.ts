// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/model';
import { appOf, appWith, loadPlugin, newPlugin } from './harness';

describe('property types', () => {
  it('should type every property the model reads once the layout is ready', async () => {
    const plugin = await loadPlugin(appWith());
    expect(appOf(plugin).metadataTypeManager?.set).toEqual([
      ['outcomes', 'multitext'],
      ['steps', 'multitext'],
      ['supports', 'multitext'],
      ['evidence', 'multitext'],
      ['date', 'date'],
      ['completed', 'date'],
      ['resume', 'date'],
      ['resources', 'number'],
      ['likeability', 'number'],
      ['confidence', 'number'],
      ['coherence', 'number'],
    ]);
  });

  it('should never change a type the user chose', async () => {
    const app = appWith();
    app.metadataTypeManager!.types = { date: 'text', steps: 'text', confidence: 'checkbox' };
    await loadPlugin(app);
    const set = app.metadataTypeManager!.set.map(([name]) => name);
    expect(set).not.toContain('date');
    expect(set).not.toContain('steps');
    expect(set).not.toContain('confidence');
    expect(app.metadataTypeManager!.types).toMatchObject({
      date: 'text',
      steps: 'text',
      confidence: 'checkbox',
      outcomes: 'multitext',
    });
  });

  it('should set each type once: a second start finds them typed', async () => {
    const app = appWith();
    (await loadPlugin(app)).unload();
    const first = app.metadataTypeManager!.set.length;
    await loadPlugin(app);
    expect(app.metadataTypeManager!.set).toHaveLength(first);
  });

  it('should type the link properties under the names the settings give them', async () => {
    const app = appWith();
    const properties = { ...DEFAULT_SETTINGS.properties, steps: 'path', evidence: 'about' };
    await loadPlugin(app, { ...DEFAULT_SETTINGS, properties });
    expect(app.metadataTypeManager!.types).toMatchObject({ path: 'multitext', about: 'multitext' });
    expect(app.metadataTypeManager!.types).not.toHaveProperty('steps');
  });

  it('should not type anything before the layout is ready, when types.json may not be read yet', async () => {
    const app = appWith();
    await newPlugin(app).onload();
    expect(app.metadataTypeManager!.set).toEqual([]);
  });

  it('should load unchanged in an Obsidian without the type registry', async () => {
    const app = appWith({ 'Lead.md': '---\ntags: [work/outcome]\n---\n' });
    delete app.metadataTypeManager;
    const plugin = await loadPlugin(app);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Lead.md']);
  });
});
