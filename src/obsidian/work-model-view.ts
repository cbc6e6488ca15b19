import { ItemView, Keymap, type WorkspaceLeaf } from 'obsidian';
import { analyze, buildTable } from '../model';
import type { LiveIndex } from './live-index';

export const VIEW_TYPE = 'work-model-graph';

/**
 * The work model pane. Until the graph renderer lands it shows the route comparison, gaps and
 * problems as lists; it already redraws live and opens notes on click.
 */
export class WorkModelView extends ItemView {
  override navigation = false;
  override icon = 'waypoints';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly index: LiveIndex,
    private readonly today: () => string,
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
    this.register(this.index.onChange(() => this.render()));
    this.render();
    if (!this.index.isReady) await this.index.ready.then(() => this.render());
  }

  private openNote(path: string, evt: MouseEvent): void {
    void this.app.workspace.openLinkText(path, '', Keymap.isModEvent(evt));
  }

  render(): void {
    const el = this.contentEl;
    el.empty();
    el.addClass('work-model-view');
    if (!this.index.isReady) {
      el.createDiv({ text: 'Reading the work model…', cls: 'work-model-block-empty' });
      return;
    }
    const graph = this.index.graph();
    if (graph.nodes.length === 0 && graph.problems.length === 0) {
      const empty = el.createDiv({ cls: 'work-model-empty' });
      empty.createEl('p', { text: 'Your work model is empty.' });
      empty.createEl('p', {
        text: 'Open the command palette and add an outcome you hope for, then add a route that leads to it through stepping stones.',
      });
      return;
    }
    const analysis = analyze(graph, this.index.settings, this.today());
    for (const kind of ['routes', 'gaps'] as const) {
      const table = buildTable(kind, graph, analysis);
      el.createEl('h4', { text: kind === 'routes' ? 'Routes' : 'Gaps' });
      if (table.rows.length === 0) {
        el.createDiv({ text: table.empty, cls: 'work-model-block-empty' });
        continue;
      }
      const list = el.createEl('ul', { cls: 'work-model-list' });
      for (const row of table.rows) {
        const item = list.createEl('li');
        row.forEach((cell, i) => {
          const label = table.headers[i] ?? '';
          const path = cell.path;
          if (path) {
            const a = item.createEl('a', { text: cell.text, cls: 'internal-link', href: path });
            a.addEventListener('click', (evt) => {
              evt.preventDefault();
              this.openNote(path, evt);
            });
          } else item.createSpan({ text: ` · ${label}: ${cell.text}`, cls: 'work-model-muted' });
        });
      }
    }
    el.createEl('h4', { text: `Problems (${graph.problems.length})` });
    const problems = el.createEl('ul', { cls: 'work-model-list' });
    for (const p of graph.problems) {
      const item = problems.createEl('li', { cls: `work-model-problem mod-${p.severity}` });
      const a = item.createEl('a', { text: p.file, cls: 'internal-link', href: p.file });
      a.addEventListener('click', (evt) => {
        evt.preventDefault();
        this.openNote(p.file, evt);
      });
      item.createSpan({ text: `${p.field ? ` · ${p.field}` : ''}: ${p.message}` });
    }
  }
}
