import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { analyze, type Point } from '../model';
import type { SavedPosition } from '../view/layout';
import { toMapModel } from '../view/map-model';
import { initialFilters } from '../view/scene';
import { WorkMap } from '../view/work-map';
import type { LiveIndex } from './live-index';

export const VIEW_TYPE = 'work-model-graph';

/** What the pane needs of the plugin. */
export interface ViewHost {
  index: LiveIndex;
  today(): string;
  positions: Map<string, Point & { pinned?: boolean }>;
  savePositions(positions: Map<string, SavedPosition>): void;
  createMissingNote(name: string): Promise<void>;
}

/** The work model pane: a thin shell that feeds the live model to the map and wires it to Obsidian. */
export class WorkModelView extends ItemView {
  override navigation = false;
  override icon = 'waypoints';
  private map: WorkMap | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ViewHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Work model';
  }

  override async onOpen(): Promise<void> {
    const { index } = this.host;
    this.contentEl.empty();
    this.contentEl.addClass('work-model-view');
    this.map = new WorkMap(
      this.contentEl,
      {
        open: (path, newTab) =>
          void this.app.workspace.openLinkText(path, '', newTab ? 'tab' : false),
        createNote: (name) => void this.host.createMissingNote(name),
        savePositions: (positions) => this.host.savePositions(positions),
      },
      initialFilters(index.settings.view),
    );
    // SPEC §5's inspection contract, in the pane as in the exported page.
    const win = this.contentEl.ownerDocument.defaultView as
      (Window & { workModelMap?: WorkMap }) | null;
    const map = this.map;
    if (win) {
      win.workModelMap = map;
      this.register(() => {
        if (win.workModelMap === map) delete win.workModelMap;
      });
    }
    this.register(index.onChange(() => this.refresh()));
    this.registerEvent(this.app.workspace.on('css-change', () => this.map?.refreshTheme()));
    if (!index.isReady) this.contentEl.addClass('is-loading');
    await index.ready;
    this.contentEl.removeClass('is-loading');
    this.refresh();
  }

  /** Redraws with the current model; positions of notes seen before stay. */
  refresh(): void {
    const { index } = this.host;
    if (!this.map || !index.isReady) return;
    const graph = index.graph();
    this.map.update(
      toMapModel(graph, analyze(graph, index.settings, this.host.today())),
      this.host.positions,
    );
  }

  override async onClose(): Promise<void> {
    this.map?.destroy();
    this.map = null;
  }
}
