import { Notice, Plugin } from 'obsidian';
import { dayOfTime, repairSettings, type Point, type Settings } from './model';
import { WorkModelBlock } from './obsidian/code-block';
import { registerCommands } from './obsidian/commands';
import { createRevision } from './obsidian/create-revision';
import { exportCanvas } from './obsidian/export-canvas';
import { LiveIndex } from './obsidian/live-index';
import { WorkModelSettingTab } from './obsidian/settings-tab';
import { renderRevisionDue } from './obsidian/status-bar';
import { VIEW_TYPE, WorkModelView } from './obsidian/work-model-view';

const HOUR_MS = 3_600_000;

/**
 * The plugin shell: loads settings and registers everything. The index is built only once the
 * workspace layout is ready, so start-up stays cheap.
 */
export default class WorkModelPlugin extends Plugin {
  // Not `settings`: Obsidian 1.13 gives Plugin a `settings` of its own.
  config!: Settings;
  index!: LiveIndex;
  /** Node positions of the view, per note path (the view issue fills them). */
  positions = new Map<string, Point>();

  override async onload(): Promise<void> {
    const data = ((await this.loadData()) ?? {}) as Record<string, unknown>;
    const { settings, errors } = repairSettings(data);
    this.config = settings;
    this.positions = new Map(Object.entries((data.positions ?? {}) as Record<string, Point>));
    this.index = new LiveIndex(this.app, settings);
    this.register(() => this.index.dispose());

    const today = () => dayOfTime(Date.now());
    this.registerView(VIEW_TYPE, (leaf) => new WorkModelView(leaf, this.index, today));
    this.addRibbonIcon('waypoints', 'Open work model graph', () => void this.openView());
    registerCommands(this);
    this.registerMarkdownCodeBlockProcessor('work-model', (source, el, ctx) => {
      ctx.addChild(new WorkModelBlock(el, this.app, this.index, source, ctx.sourcePath, today));
    });
    this.addSettingTab(new WorkModelSettingTab(this.app, this, this));

    const status = this.addStatusBarItem();
    status.addClass('mod-clickable', 'work-model-status');
    const updateStatus = () => renderRevisionDue(status, this.index, today());
    updateStatus();
    this.registerDomEvent(status, 'click', () => void this.createRevision());
    this.register(this.index.onChange(updateStatus));
    this.registerInterval(window.setInterval(updateStatus, HOUR_MS));

    this.app.workspace.onLayoutReady(() => {
      for (const ref of this.index.events()) this.registerEvent(ref);
      void this.index.rebuild();
      if (errors.length > 0)
        new Notice(
          `Work model: some saved settings were invalid and were reset: ${errors.join('; ')}`,
        );
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.config = settings;
    await this.saveData({ ...settings, positions: Object.fromEntries(this.positions) });
    await this.index.rebuild(settings);
  }

  async openView(): Promise<void> {
    const { workspace } = this.app;
    const leaf = workspace.getLeavesOfType(VIEW_TYPE)[0] ?? workspace.getLeaf('tab');
    if (leaf.view.getViewType() !== VIEW_TYPE)
      await leaf.setViewState({ type: VIEW_TYPE, active: true });
    await workspace.revealLeaf(leaf);
  }

  async createRevision(): Promise<void> {
    await this.index.ready;
    const now = new Date();
    await createRevision(this.app, this.index, dayOfTime(now.getTime()), {
      hours: now.getHours(),
      minutes: now.getMinutes(),
    });
  }

  async exportCanvas(): Promise<void> {
    await this.index.ready;
    await exportCanvas(this.app, this.index, this.positions);
  }

  async rebuildIndex(): Promise<void> {
    await this.index.rebuild(this.config);
    new Notice(`Work model: indexed ${this.index.graph().nodes.length} model notes.`);
  }
}
