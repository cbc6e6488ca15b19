import { debounce, Notice, Platform, Plugin, TFile, type Events, type View } from 'obsidian';
import {
  DEFAULT_SETTINGS,
  dayOfTime,
  draftOutcome,
  draftPlainNote,
  draftSkill,
  repairSettings,
  type Settings,
} from './model';
import type { SavedPosition } from './view/layout/map-layout';
import { WorkModelBlock } from './obsidian/code-block';
import { registerCommands } from './obsidian/commands';
import { registerNoteMenus } from './obsidian/note-menus';
import { createRevision } from './obsidian/create-revision';
import { exportCanvas } from './obsidian/export-canvas';
import { LiveIndex } from './obsidian/live-index';
import { WorkModelSettingTab } from './obsidian/settings-tab';
import { clickRevisionDue, renderRevisionDue } from './obsidian/status-bar';
import { StartModelModal } from './obsidian/start-model-modal';
import { VIEW_TYPE, WorkModelView } from './obsidian/work-model-view';
import { createAndOpen } from './obsidian/open-created';
import { vaultLookup } from './obsidian/vault-lookup';
import { SavedPositions } from './obsidian/saved-positions';
import { noticeRevisionDue } from './obsidian/revision-due-notice';
import { HOVER_SOURCE } from './obsidian/native-links';
import { today } from './obsidian/today';
import { assignPropertyTypes } from './obsidian/property-types';
import { PERIODIC_NOTES_UPDATED, readDailyNotes } from './obsidian/daily-notes';

const HOUR_MS = 3_600_000;
const DAILY_CHECK_MS = 5_000;

/**
 * The plugin shell: loads settings and registers everything. The index is built only once the
 * workspace layout is ready, so start-up stays cheap.
 */
export default class WorkModelPlugin extends Plugin {
  /** data.json as loaded: its settings are read on first use (see `config`). */
  private loaded: Record<string, unknown> = {};
  private read: { settings: Settings; errors: string[] } | null = null;
  /**
   * The settings. Not `settings`: Obsidian 1.13 gives Plugin a `settings` of its own. They are
   * read from data.json when first asked for, at the latest once the layout is ready: reading
   * builds their schema, which start-up need not wait for.
   */
  get config(): Settings {
    return this.readSettings().settings;
  }
  set config(settings: Settings) {
    this.read = { settings, errors: [] };
  }

  private readSettings(): { settings: Settings; errors: string[] } {
    return (this.read ??= repairSettings(this.loaded));
  }
  index!: LiveIndex;
  /** Node positions of the view, per note path; they follow renames and outlive restarts. */
  private saved = new SavedPositions(null);
  private settingTab: WorkModelSettingTab | null = null;
  /** The day mobile last said a revision is due. */
  private revisionNoticeDay: string | null = null;
  private readonly saveSoon = debounce(() => void this.persist(), 1000, true);

  get positions(): Map<string, SavedPosition> {
    return this.saved.map;
  }

  override async onload(): Promise<void> {
    const data = ((await this.loadData()) ?? {}) as Record<string, unknown>;
    this.loaded = data;
    this.read = null;
    this.saved = new SavedPositions(data.positions);
    this.revisionNoticeDay = noticeDayOf(data);
    // Empty until the layout is ready, when it is built with the settings read by then.
    this.index = new LiveIndex(this.app, DEFAULT_SETTINGS, () => readDailyNotes(this.app));
    this.register(() => this.index.dispose());
    this.register(() => this.saveSoon.run());

    this.registerView(
      VIEW_TYPE,
      (leaf) =>
        new WorkModelView(leaf, {
          index: this.index,
          today,
          positions: this.positions,
          savePositions: (p, unpinned) => this.savePositions(p, unpinned),
          createMissingNote: (name) => this.createMissingNote(name),
          createRevision: () => this.createRevision(),
          startModel: () => this.startModel(),
        }),
    );
    // Links in the view and code blocks show Obsidian's page preview on hover.
    this.registerHoverLinkSource(HOVER_SOURCE, { display: 'Work Model', defaultMod: true });
    this.addRibbonIcon('waypoints', 'Open work model graph', () => void this.openView());
    registerCommands(this);
    registerNoteMenus(this);
    this.registerMarkdownCodeBlockProcessor('work-model', (source, el, ctx) => {
      ctx.addChild(new WorkModelBlock(el, this.app, this.index, source, ctx.sourcePath, today));
    });
    this.settingTab = new WorkModelSettingTab(this.app, this, this);
    this.addSettingTab(this.settingTab);

    // Mobile has no status bar: the view's header says when a revision is due, and a notice
    // says so once a day.
    const noticeDay = {
      last: () => this.revisionNoticeDay,
      save: (day: string) => {
        this.revisionNoticeDay = day;
        this.saveSoon();
      },
    };
    let updateStatus = () => noticeRevisionDue(this.index, today(), noticeDay);
    if (!Platform.isMobile) {
      const status = this.addStatusBarItem();
      status.addClass('mod-clickable', 'work-model-status');
      updateStatus = () => renderRevisionDue(status, this.index, today());
      updateStatus();
      this.registerDomEvent(status, 'click', () => clickRevisionDue(this.index, today(), this));
    }
    this.register(this.index.onChange(updateStatus));
    this.registerInterval(window.setInterval(updateStatus, HOUR_MS));

    // Neither Obsidian nor the Daily notes plugin says when its format changes: look now and
    // then (a comparison of two strings), and when Periodic Notes says its settings changed.
    const checkDailyNotes = () => void this.index.checkDailyNotes();
    this.registerInterval(window.setInterval(checkDailyNotes, DAILY_CHECK_MS));

    this.app.workspace.onLayoutReady(() => {
      const { settings, errors } = this.readSettings();
      const workspace: Events = this.app.workspace; // any event name, as plugins trigger them
      this.registerEvent(workspace.on(PERIODIC_NOTES_UPDATED, checkDailyNotes));
      // Obsidian has read the user's property types by now, so none is taken for unset.
      assignPropertyTypes(this.app, settings);
      for (const ref of this.index.events()) this.registerEvent(ref);
      this.registerEvent(
        this.app.vault.on('rename', (file, oldPath) => {
          if (file instanceof TFile && this.saved.rename(oldPath, file.path)) this.saveSoon();
        }),
      );
      this.registerEvent(
        this.app.vault.on('delete', (file) => {
          if (this.saved.delete(file.path)) this.saveSoon();
        }),
      );
      void this.index.rebuild(settings).then(() => {
        // Notes deleted while Obsidian was closed take their positions with them.
        if (this.saved.prune((path) => this.app.vault.getFileByPath(path) !== null))
          this.saveSoon();
      });
      if (errors.length > 0)
        new Notice(
          `Work model: some saved settings were invalid and were reset: ${errors.join('; ')}`,
        );
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.config = settings;
    await this.persist();
    assignPropertyTypes(this.app, settings);
    await this.index.update(settings);
  }

  /**
   * data.json changed on disk (Sync, another device): take its settings and positions, so
   * the next save never writes stale ones back. Local positions not saved yet are kept.
   */
  override async onExternalSettingsChange(): Promise<void> {
    const data = ((await this.loadData()) ?? {}) as Record<string, unknown>;
    this.config = repairSettings(data).settings;
    this.saved.merge(data.positions);
    this.revisionNoticeDay = noticeDayOf(data) ?? this.revisionNoticeDay;
    this.settingTab?.refresh();
    await this.index.update(this.config);
  }

  private async persist(): Promise<void> {
    await this.saveData({
      ...this.config,
      positions: this.saved.toData(),
      ...(this.revisionNoticeDay ? { revisionNoticeDay: this.revisionNoticeDay } : {}),
    });
  }

  /**
   * Keeps the positions of notes that exist (the "now" node and ghosts are not files) and
   * forgets those the user unpinned. Only named notes are forgotten: another open map's pins
   * stay, even those it saved after this map last laid out.
   */
  savePositions(positions: Map<string, SavedPosition>, unpinned: readonly string[] = []): void {
    for (const id of unpinned) this.saved.delete(id);
    for (const [id, p] of positions)
      if (this.app.vault.getFileByPath(id) !== null) this.saved.set(id, p);
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
          : draftPlainNote(name);
    if (!draft.ok) new Notice(draft.message);
    else await createAndOpen(this.app, draft.drafts);
  }

  /** Opens the map (the open one, else in a new tab); returns the leaf's view once revealed. */
  async openView(): Promise<View> {
    const { workspace } = this.app;
    const leaf = workspace.getLeavesOfType(VIEW_TYPE)[0] ?? workspace.getLeaf('tab');
    if (leaf.view.getViewType() !== VIEW_TYPE)
      await leaf.setViewState({ type: VIEW_TYPE, active: true });
    await workspace.revealLeaf(leaf);
    return leaf.view;
  }

  async createRevision(): Promise<void> {
    await this.index.ready;
    const now = new Date();
    await createRevision(this.app, this.index, dayOfTime(now.getTime()), {
      hours: now.getHours(),
      minutes: now.getMinutes(),
    });
  }

  /** Start a work model: the method's three steps, written together on Finish. */
  startModel(): void {
    new StartModelModal(this.app, this).open();
  }

  async exportCanvas(): Promise<void> {
    await this.index.ready;
    const pinned = new Map([...this.positions].filter(([, p]) => p.pinned));
    await exportCanvas(this.app, this.index, pinned, today());
  }

  async rebuildIndex(): Promise<void> {
    await this.index.rebuild(this.config);
    new Notice(`Work model: indexed ${this.index.graph().nodes.length} model notes.`);
  }
}

const noticeDayOf = (data: Record<string, unknown>) =>
  typeof data.revisionNoticeDay === 'string' ? data.revisionNoticeDay : null;
