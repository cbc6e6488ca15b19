import type { OpenEvent } from '../input/open-event';
import { KIND_STYLES } from '../../model/outputs/map/kind-styles';
import type { SceneNode } from '../../model/outputs/map/scene';

/** Compares as `localeCompare` does, without setting up the comparison for each pair. */
let collator: Intl.Collator | undefined;
const byTitle = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

export interface NodeListEvents {
  focus(id: string): void;
  open(id: string, event: OpenEvent): void;
  neighbours(id: string): void;
}

/**
 * Every visible note as an option in a listbox: the map's content for the keyboard and for
 * screen readers. Arrow keys move, Home and End jump, Enter opens (Ctrl or Cmd: new tab),
 * Space or N tells the note's neighbours.
 */
export class NodeList {
  readonly el: HTMLElement;
  private items = new Map<string, HTMLElement>();
  private order: string[] = [];
  private active: string | null = null;

  constructor(
    parent: HTMLElement,
    private readonly events: NodeListEvents,
    signal: AbortSignal,
  ) {
    this.el = parent.createEl('ul', {
      cls: 'work-model-map-nodes',
      attr: { role: 'listbox', 'aria-label': 'Notes on the map' },
    });
    this.el.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.el.addEventListener(
      'click',
      (e) => {
        const id = (e.target as HTMLElement).closest('[data-id]')?.getAttribute('data-id');
        if (id) this.select(id, true);
      },
      { signal },
    );
    this.el.addEventListener(
      'dblclick',
      (e) => {
        const id = (e.target as HTMLElement).closest('[data-id]')?.getAttribute('data-id');
        if (id) this.events.open(id, e);
      },
      { signal },
    );
  }

  render(nodes: readonly SceneNode[], describe: (n: SceneNode) => string): void {
    const sorted = [...nodes].sort(
      (a, b) =>
        KIND_STYLES[a.kind].listOrder - KIND_STYLES[b.kind].listOrder || byTitle(a.title, b.title),
    );
    this.el.empty();
    this.items.clear();
    this.order = sorted.map((n) => n.id);
    if (this.active && !this.order.includes(this.active)) this.active = null;
    for (const n of sorted) {
      const li = this.el.createEl('li', {
        text: n.title,
        cls: `work-model-map-node mod-${n.kind}`,
        attr: {
          role: 'option',
          'data-id': n.id,
          tabindex: '-1',
          'aria-selected': 'false',
          'aria-description': describe(n),
        },
      });
      this.items.set(n.id, li);
    }
    const first = this.active ?? this.order[0];
    if (first) this.mark(first);
  }

  /** Moves the roving focus to a note; `focusIt` also moves the keyboard focus. */
  select(id: string, focusIt: boolean): void {
    if (!this.items.has(id)) return;
    this.mark(id);
    if (focusIt) this.items.get(id)?.focus();
    this.events.focus(id);
  }

  get activeId(): string | null {
    return this.active;
  }

  /** Only the note marked before lets go: every other row is unmarked already. */
  private mark(id: string): void {
    const was = this.active === null ? undefined : this.items.get(this.active);
    was?.setAttr('tabindex', '-1');
    was?.setAttr('aria-selected', 'false');
    const li = this.items.get(id);
    li?.setAttr('tabindex', '0');
    li?.setAttr('aria-selected', 'true');
    this.active = id;
  }

  private onKey(e: KeyboardEvent): void {
    const i = this.active ? this.order.indexOf(this.active) : -1;
    const go = (j: number) => {
      const id = this.order[Math.max(0, Math.min(this.order.length - 1, j))];
      if (id) this.select(id, true);
      e.preventDefault();
    };
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        return go(i + 1);
      case 'ArrowUp':
      case 'ArrowLeft':
        return go(i - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(this.order.length - 1);
      case 'Enter':
        if (this.active) this.events.open(this.active, e);
        e.preventDefault();
        return;
      case ' ':
      case 'n':
      case 'N':
        if (this.active) this.events.neighbours(this.active);
        e.preventDefault();
        return;
    }
  }
}
