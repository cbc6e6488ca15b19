import { Modal, type App } from 'obsidian';
import { analyze, headToHead, type Day } from '../model';
import type { LiveIndex } from './live-index';
import { PickNotesModal } from './pick-notes-modal';

/** The head-to-head of two routes, in the model's words. */
export class HeadToHeadModal extends Modal {
  constructor(
    app: App,
    private readonly heading: string,
    private readonly lines: readonly string[],
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    this.modalEl.addClass('work-model-modal');
    for (const line of this.lines)
      this.contentEl.createEl('p', { text: line, cls: 'work-model-head-to-head' });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Compare routes: pick two, open the map, and show their head-to-head. */
export function compareRoutesCommand(
  app: App,
  index: LiveIndex,
  today: () => Day,
  openView: () => Promise<void>,
): void {
  new PickNotesModal(app, index, {
    title: 'Compare routes',
    name: 'Routes',
    desc: 'Pick two routes, say two work versions, to see which advances faster.',
    kind: 'route',
    include: () => true,
    count: 2,
    action: 'Compare',
    onPick: async ([a, b]) => {
      const analysis = analyze(index.graph(), index.settings, today());
      const x = a ? analysis.route.get(a) : undefined;
      const y = b ? analysis.route.get(b) : undefined;
      if (!x || !y) return;
      await openView();
      const h = headToHead(analysis, x, y);
      new HeadToHeadModal(app, `${x.title} vs ${y.title}`, h.lines).open();
    },
  }).open();
}
