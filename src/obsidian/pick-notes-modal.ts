import { Modal, Setting, type App } from 'obsidian';
import type { ModelKind } from '../model';
import type { LiveIndex } from './live-index';
import { NotePicker } from './note-picker';
import { pickerOptions } from './vault-lookup';

export interface PickNotesOptions {
  title: string;
  name: string;
  desc: string;
  kind: ModelKind;
  /** Which notes of the kind to offer. */
  include: (path: string) => boolean;
  /** How many notes the action needs. */
  count: number;
  action: string;
  onPick: (paths: string[]) => Promise<void> | void;
}

/** Pick model notes of one kind (fuzzy search over titles and aliases), then act on them. */
export class PickNotesModal extends Modal {
  picker!: NotePicker;
  private errorEl!: HTMLElement;

  constructor(
    app: App,
    private readonly index: LiveIndex,
    private readonly opts: PickNotesOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.opts.title);
    this.modalEl.addClass('work-model-modal');
    const options = pickerOptions(this.index, [this.opts.kind]);
    this.picker = new NotePicker(this.contentEl, this.app, {
      name: this.opts.name,
      desc: this.opts.desc,
      placeholder: 'Find a note…',
      options: () => options().filter((o) => this.opts.include(o.path)),
      allowNew: false,
      ordered: false,
    });
    this.errorEl = this.contentEl.createDiv({
      cls: 'work-model-form-error',
      attr: { role: 'alert' },
    });
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText(this.opts.action)
        .setCta()
        .onClick(() => void this.submit()),
    );
    this.picker.inputEl.focus();
  }

  async submit(): Promise<void> {
    const paths = this.picker.choices.flatMap((c) => ('path' in c ? [c.path] : []));
    if (paths.length !== this.opts.count) {
      this.errorEl.setText(
        this.opts.count === 1 ? 'Pick one note.' : `Pick ${this.opts.count} notes.`,
      );
      return;
    }
    this.close();
    await this.opts.onPick(paths);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
