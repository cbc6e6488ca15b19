import { AbstractInputSuggest, prepareFuzzySearch, Setting, type App } from 'obsidian';
import type { ModelKind, NoteChoice } from '../model';

/** A model note the picker can offer. */
export interface PickerOption {
  path: string;
  title: string;
  kind: ModelKind;
  aliases: readonly string[];
}

/** An existing note, a note named elsewhere in the form (new, not yet created), or a new name. */
type Suggestion =
  { option: PickerOption; via: string | null } | { named: string } | { create: string };

export interface NotePickerOptions {
  name: string;
  desc: string;
  placeholder: string;
  /** The notes to offer (already filtered by kind). */
  options: () => PickerOption[];
  /** Whether typing a new name may create a note. */
  allowNew: boolean;
  /** Whether the order matters (route steps): shows move up and down buttons. */
  ordered: boolean;
  /** Names of new notes given elsewhere in the same form, offered as well. */
  named?: () => string[];
  onChange?: () => void;
}

/** Why a form cannot use its picked notes: one was renamed or deleted while it was open. */
export function goneMessage(app: App, choices: readonly NoteChoice[]): string | null {
  for (const c of choices)
    if ('path' in c && !app.vault.getAbstractFileByPath(c.path))
      return `${c.path} was renamed or deleted meanwhile. Remove it and pick it again.`;
  return null;
}

/** Fuzzy suggestions over titles and aliases, and "Create …" for a name no note has. */
class NoteSuggest extends AbstractInputSuggest<Suggestion> {
  constructor(
    app: App,
    inputEl: HTMLInputElement,
    private readonly picker: NotePicker,
  ) {
    super(app, inputEl);
  }

  getSuggestions(query: string): Suggestion[] {
    const q = query.trim();
    const taken = new Set(
      this.picker.choices.map((c) => ('path' in c ? c.path : c.name.toLowerCase())),
    );
    const options = this.picker.opts.options().filter((o) => !taken.has(o.path));
    const titles = new Set(
      options.flatMap((o) => [o.title, ...o.aliases].map((t) => t.toLowerCase())),
    );
    const named = [...new Set(this.picker.opts.named?.() ?? [])].filter(
      (n) => !taken.has(n.toLowerCase()) && !titles.has(n.toLowerCase()),
    );
    if (!q)
      return [
        ...options.slice(0, 50).map((option) => ({ option, via: null })),
        ...named.map((n) => ({ named: n })),
      ];
    const match = prepareFuzzySearch(q);
    const scored: { s: Suggestion; score: number }[] = [];
    for (const option of options) {
      let best: { score: number; via: string | null } | null = null;
      for (const [text, via] of [[option.title, null], ...option.aliases.map((a) => [a, a])] as [
        string,
        string | null,
      ][]) {
        const r = match(text);
        if (r && (!best || r.score > best.score)) best = { score: r.score, via };
      }
      if (best) scored.push({ s: { option, via: best.via }, score: best.score });
    }
    for (const n of named) {
      const r = match(n);
      if (r) scored.push({ s: { named: n }, score: r.score });
    }
    scored.sort((a, b) => b.score - a.score);
    const out = scored.map((x) => x.s);
    const lower = q.toLowerCase();
    const exact = titles.has(lower) || named.some((n) => n.toLowerCase() === lower);
    if (this.picker.opts.allowNew && !exact && !taken.has(lower)) out.push({ create: q });
    return out;
  }

  renderSuggestion(s: Suggestion, el: HTMLElement): void {
    if ('create' in s) {
      el.createSpan({ text: `Create "${s.create}"`, cls: 'work-model-suggest-new' });
      return;
    }
    if ('named' in s) {
      el.createSpan({ text: s.named });
      el.createSpan({ text: ' (new, named in this form)', cls: 'work-model-suggest-note' });
      return;
    }
    el.createSpan({ text: s.option.title });
    if (s.via) el.createSpan({ text: ` (alias ${s.via})`, cls: 'work-model-suggest-note' });
    el.createDiv({ text: s.option.path, cls: 'work-model-suggest-note' });
  }

  override selectSuggestion(s: Suggestion): void {
    this.picker.add(
      'create' in s
        ? { name: s.create }
        : 'named' in s
          ? { name: s.named }
          : { path: s.option.path },
    );
    this.setValue('');
    this.close();
  }
}

/**
 * A list of notes picked by fuzzy search, in order, each removable and, when order matters,
 * movable. New names become notes to create.
 */
export class NotePicker {
  readonly choices: NoteChoice[] = [];
  private readonly listEl: HTMLElement;
  readonly inputEl: HTMLInputElement;

  constructor(
    containerEl: HTMLElement,
    private readonly app: App,
    readonly opts: NotePickerOptions,
  ) {
    let input!: HTMLInputElement;
    new Setting(containerEl)
      .setName(opts.name)
      .setDesc(opts.desc)
      .addText((t) => {
        input = t.inputEl;
        t.setPlaceholder(opts.placeholder);
      })
      .addButton((b) =>
        b
          .setButtonText('Add')
          .setTooltip('Add the typed name')
          .onClick(() => this.addTyped()),
      );
    this.inputEl = input;
    new NoteSuggest(app, input, this);
    this.listEl = containerEl.createEl(opts.ordered ? 'ol' : 'ul', {
      cls: 'work-model-picker-list',
      attr: { 'aria-label': opts.name },
    });
    this.render();
  }

  /** Adds what is typed: the note it names (title or alias), else a new note. */
  addTyped(): void {
    const text = this.inputEl.value.trim();
    if (!text) return;
    const lower = text.toLowerCase();
    const hit = this.opts
      .options()
      .find((o) => [o.title, ...o.aliases].some((t) => t.toLowerCase() === lower));
    if (hit) this.add({ path: hit.path });
    else if (this.opts.allowNew) this.add({ name: text });
    else return;
    this.inputEl.value = '';
  }

  add(choice: NoteChoice): void {
    const key = (c: NoteChoice) => ('path' in c ? c.path : c.name.toLowerCase());
    if (this.choices.some((c) => key(c) === key(choice))) return;
    this.choices.push(choice);
    this.render();
  }

  /** Follows a note renamed while the picker is open. */
  renamed(oldPath: string, newPath: string): void {
    const i = this.choices.findIndex((c) => 'path' in c && c.path === oldPath);
    if (i < 0) return;
    this.choices[i] = { path: newPath };
    this.render();
  }

  /** Drops a note deleted while the picker is open. */
  deleted(path: string): void {
    const i = this.choices.findIndex((c) => 'path' in c && c.path === path);
    if (i >= 0) this.remove(i);
  }

  private move(i: number, by: number): void {
    const j = i + by;
    if (j < 0 || j >= this.choices.length) return;
    const [item] = this.choices.splice(i, 1);
    if (item) this.choices.splice(j, 0, item);
    this.render();
  }

  private remove(i: number): void {
    this.choices.splice(i, 1);
    this.render();
  }

  private titleOf(c: NoteChoice): string {
    if ('name' in c) return c.name;
    return this.opts.options().find((o) => o.path === c.path)?.title ?? c.path;
  }

  private render(): void {
    this.listEl.empty();
    if (this.choices.length === 0) {
      this.listEl.createEl('li', { text: 'None yet', cls: 'work-model-picker-empty' });
    }
    this.choices.forEach((c, i) => {
      const item = this.listEl.createEl('li', { cls: 'work-model-picker-item' });
      const title = this.titleOf(c);
      item.createSpan({ text: title, cls: 'work-model-picker-name' });
      if ('name' in c) item.createSpan({ text: 'new', cls: 'work-model-badge' });
      const button = (label: string, text: string, action: () => void, disabled = false) => {
        const b = item.createEl('button', {
          text,
          cls: 'clickable-icon',
          attr: { 'aria-label': `${label} ${title}`, type: 'button' },
        });
        b.disabled = disabled;
        b.addEventListener('click', action);
      };
      if (this.opts.ordered) {
        button('Move up', '↑', () => this.move(i, -1), i === 0);
        button('Move down', '↓', () => this.move(i, 1), i === this.choices.length - 1);
      }
      button('Remove', '×', () => this.remove(i));
    });
    this.opts.onChange?.();
  }
}
