import { MarkdownRenderChild, type App, type HoverParent, type HoverPopover } from 'obsidian';
import { buildTable, parseBlockOptions } from '../model';
import type { LiveIndex } from './live-index';
import { nativeLinks } from './native-links';

/**
 * A `work-model` code block: a live table of routes, outcomes, gaps, health, next steps or a head-to-head that redraws when the
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
    nativeLinks(this.app, this, this.containerEl, this.sourcePath);
    // The index tells its listeners when its first build is done, as after every change.
    this.register(this.index.onChange(() => this.render()));
    this.render();
  }

  private link(td: HTMLElement, text: string, path: string): void {
    td.createEl('a', { text, cls: 'internal-link', href: path, attr: { 'data-href': path } });
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
    const table = buildTable(this.index.analysis(this.today()), options);
    if (table.caption) el.createEl('p', { text: table.caption, cls: 'work-model-block-caption' });
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
        const links = cell.links ?? (cell.path ? [{ text: cell.text, path: cell.path }] : null);
        if (!links) {
          td.setText(cell.text);
          continue;
        }
        links.forEach((l, i) => {
          if (i > 0) td.appendText(', ');
          this.link(td, l.text, l.path);
        });
      }
    }
  }
}
