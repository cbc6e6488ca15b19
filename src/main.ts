import { debounce, normalizePath, Notice, Plugin, TFile } from 'obsidian';
import {
  dayOfTime,
  draftOutcome,
  draftSkill,
  repairSettings,
  type Point,
  type Settings,
} from './model';
import type { SavedPosition } from './view/layout';
import { WorkModelBlock } from './obsidian/code-block';
import { registerCommands } from './obsidian/commands';
import { createRevision } from './obsidian/create-revision';
import { exportCanvas } from './obsidian/export-canvas';
import { LiveIndex } from './obsidian/live-index';
import { WorkModelSettingTab } from './obsidian/settings-tab';
import { renderRevisionDue } from './obsidian/status-bar';
import { VIEW_TYPE, WorkModelView } from './obsidian/work-model-view';
import { createAndOpen } from './obsidian/open-created';
import { vaultLookup } from './obsidian/vault-lookup';

const HOUR_MS = 3_600_000;

/**
 * The plugin shell: loads settings and registers everything. The index is built only once the
 * workspace layout is ready, so start-up stays cheap.
 */
export default class WorkModelPlugin extends Plugin {
  // Not `settings`: Obsidian 1.13 gives Plugin a `settings` of its own.
  config!: Settings;
  index!: LiveIndex;
  /** Node positions of the view, per note path; they follow renames and outlive restarts. */
  positions = new Map<string, Point & { pinned?: boolean }>();
  private readonly saveSoon = debounce(() => void this.persist(), 1000, true);

  override async onload(): Promise<void> {
    const data = ((await this.loadData()) ?? {}) as Record<string, unknown>;
    const { settings, errors } = repairSettings(data);
    this.config = settings;
    this.positions = new Map(Object.entries((data.positions ?? {}) as Record<string, Point>));
    this.index = new LiveIndex(this.app, settings);
    this.register(() => this.index.dispose());
    this.register(() => this.saveSoon.run());

    const today = () => dayOfTime(Date.now());
    this.registerView(
      VIEW_TYPE,
      (leaf) =>
        new WorkModelView(leaf, {
          index: this.index,
          today,
          positions: this.positions,
          savePositions: (p) => this.savePositions(p),
          createMissingNote: (name) => this.createMissingNote(name),
        }),
    );
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
      this.registerEvent(
        this.app.vault.on('rename', (file, oldPath) => {
          const at = this.positions.get(oldPath);
          if (!at || !(file instanceof TFile)) return;
          this.positions.delete(oldPath);
          this.positions.set(file.path, at);
          this.saveSoon();
        }),
      );
      void this.index.rebuild();
      if (errors.length > 0)
        new Notice(
          `Work model: some saved settings were invalid and were reset: ${errors.join('; ')}`,
        );
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.config = settings;
    await this.persist();
    await this.index.rebuild(settings);
  }

  private async persist(): Promise<void> {
    await this.saveData({ ...this.config, positions: Object.fromEntries(this.positions) });
  }

  savePositions(positions: Map<string, SavedPosition>): void {
    for (const [id, p] of positions)
      if (!id.startsWith('__') && !id.startsWith('ghost:')) this.positions.set(id, p);
    this.saveSoon();
  }

  /** A ghost node was clicked: create the missing note as the kind its link expects. */
  async createMissingNote(name: string): Promise<void> {
    const ghost = this.index.graph().ghosts.find((g) => g.name === name);
    const props = this.config.properties;
    const lookup = vaultLookup(this.app, this.index);
    const draft =
      ghost?.field === props.steps
        ? draftSkill(
            { name, category: 'skill', status: 'planned', supports: [] },
            this.config,
            lookup,
          )
        : ghost?.field === props.outcomes || ghost?.field === props.supports
          ? draftOutcome(
              { name, category: null, status: 'hoped', horizon: null },
              this.config,
              lookup,
            )
          : { ok: true as const, drafts: [{ path: normalizePath(`${name}.md`), content: '' }] };
    if (!draft.ok) new Notice(draft.message);
    else await createAndOpen(this.app, draft.drafts);
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
