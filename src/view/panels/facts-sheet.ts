import { renderFacts } from '../scene/describe';
import type { Scene } from '../../model/outputs/map/scene';

/**
 * The sheet a tap on a note opens on touch screens: the tooltip's facts, and an Open button
 * (a tap selects; opening is a second, deliberate tap).
 */
export class FactsSheet {
  readonly el: HTMLElement;
  private id: string | null = null;

  constructor(
    parent: HTMLElement,
    private readonly open: (id: string) => void,
    /** Close asks the map to drop its selection, which hides the sheet and the highlight. */
    private readonly close: () => void,
    signal: AbortSignal,
  ) {
    this.el = parent.createDiv({
      cls: 'work-model-map-sheet work-model-hidden',
      attr: { role: 'dialog', 'aria-label': 'Note facts' },
    });
    this.el.addEventListener(
      'click',
      (e) => {
        const action = (e.target as HTMLElement)
          .closest('[data-action]')
          ?.getAttribute('data-action');
        if (action === 'open' && this.id) this.open(this.id);
        if (action === 'close') this.close();
      },
      { signal },
    );
  }

  get shown(): string | null {
    return this.id;
  }

  /** Shows a note's facts, the tooltip's lines (Now has nothing to open); null hides it. */
  show(scene: Scene, id: string | null): void {
    const node = id ? scene.byId.get(id) : undefined;
    this.id = node?.id ?? null;
    this.el.empty();
    this.el.toggleClass('work-model-hidden', !node);
    if (!node) return;
    renderFacts(this.el, node, scene);
    const buttons = this.el.createDiv({ cls: 'work-model-map-sheet-buttons' });
    if (node.kind !== 'now')
      buttons.createEl('button', {
        text: 'Open',
        cls: 'mod-cta',
        attr: { type: 'button', 'data-action': 'open' },
      });
    buttons.createEl('button', { text: 'Close', attr: { type: 'button', 'data-action': 'close' } });
  }
}
