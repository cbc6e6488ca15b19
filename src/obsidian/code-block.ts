import { MarkdownRenderChild, type App, type HoverParent, type HoverPopover } from 'obsidian';
import { analyze, buildTable, parseBlockOptions } from '../model';
import type { LiveIndex } from './live-index';
import { nativeLink } from './native-links';

/**
 * A `work-model` code block: a live table of routes, outcomes or gaps that redraws when the
 * model changes and stops listening when the block leaves the page.
 */
export class WorkModelBlock extends MarkdownRenderChild implements HoverParent {
  hoverPopover: HoverPopover | null = null;

  constructor(
    containerEl: HTMLElement,
    private readonly app: App,
    private readonly index: LiveIndex,
    private readonly source: string,
    private readonly sourcePath: string,
    private readonly today: () => string,
  ) {
    super(containerEl);
  }

  override onload(): void {
    this.register(this.index.onChange(() => this.render()));
    this.render();
    if (!this.index.isReady) void this.index.ready.then(() => this.render());
  }

  render(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass('work-model-block');
    const options = parseBlockOptions(this.source);
    if (options.error) el.createDiv({ text: options.error, cls: 'work-model-block-error' });
    if (!this.index.isReady) {
      el.createDiv({ text: 'Reading the work model…', cls: 'work-model-block-empty' });
      return;
    }
    const graph = this.index.graph();
    const table = buildTable(
      options.show,
      graph,
      analyze(graph, this.index.settings, this.today()),
      options.statuses,
    );
    if (table.rows.length === 0) {
      el.createDiv({ text: table.empty, cls: 'work-model-block-empty' });
      return;
    }
    const t = el.createEl('table', { cls: 'work-model-table' });
    const head = t.createEl('thead').createEl('tr');
    for (const h of table.headers) head.createEl('th', { text: h, attr: { scope: 'col' } });
    const body = t.createEl('tbody');
    for (const row of table.rows) {
      const tr = body.createEl('tr');
      for (const cell of row) {
        const td = tr.createEl('td');
        const path = cell.path;
        if (!path) {
          td.setText(cell.text);
          continue;
        }
        const a = td.createEl('a', {
          text: cell.text,
          cls: 'internal-link',
          href: path,
          attr: { 'data-href': path },
        });
        nativeLink(this.app, a, this, path, this.sourcePath);
      }
    }
  }
}
