import { Modal, Setting, TFile, type App, type EventRef } from 'obsidian';
import type { DraftResult } from '../model';
import type { NotePicker } from './note-picker';
import { createAndOpen } from './open-created';

/**
 * A modal form with a name field, the caller's fields, an error line and a submit button.
 * Submitting runs `submit`; a returned message is shown and the modal stays open.
 */
export abstract class FormModal extends Modal {
  protected name = '';
  protected nameInput!: HTMLInputElement;
  private errorEl!: HTMLElement;
  private busy = false;
  /** Pickers whose notes should follow renames and deletions while the form is open. */
  protected pickers: NotePicker[] = [];
  private refs: EventRef[] = [];

  constructor(
    app: App,
    private readonly heading: string,
    private readonly nameLabel: string,
    private readonly submitLabel: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    this.modalEl.addClass('work-model-modal');
    new Setting(this.contentEl).setName(this.nameLabel).addText((t) => {
      this.nameInput = t.inputEl;
      t.onChange((v) => (this.name = v));
    });
    this.fields(this.contentEl);
    this.errorEl = this.contentEl.createDiv({
      cls: 'work-model-form-error',
      attr: { role: 'alert' },
    });
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText(this.submitLabel)
        .setCta()
        .onClick(() => void this.submitForm()),
    );
    this.nameInput.focus();
    this.refs = [
      this.app.vault.on('rename', (file, oldPath) => {
        if (file instanceof TFile) this.pickers.forEach((p) => p.renamed(oldPath, file.path));
      }),
      this.app.vault.on('delete', (file) => this.pickers.forEach((p) => p.deleted(file.path))),
    ];
  }

  /** Adds the form's own fields below the name. */
  protected abstract fields(containerEl: HTMLElement): void;

  /** Creates what the form describes; returns an error message to keep the modal open. */
  protected abstract submit(): Promise<string | null>;

  async submitForm(): Promise<void> {
    if (this.busy) return; // a double click must not create twice
    this.busy = true;
    try {
      if (!this.name.trim()) return this.showError(`Give the ${this.nameLabel.toLowerCase()}.`);
      const message = await this.submit();
      if (message) this.showError(message);
      else this.close();
    } finally {
      this.busy = false;
    }
  }

  /** Writes what a draft function returned; an error message keeps the form open. */
  protected async create(result: DraftResult): Promise<string | null> {
    if (!result.ok) return result.message;
    return (await createAndOpen(this.app, result.drafts))
      ? null
      : 'The notes could not be created; see the notice.';
  }

  protected showError(message: string): void {
    this.errorEl.setText(message);
  }

  override onClose(): void {
    for (const ref of this.refs) this.app.vault.offref(ref);
    this.refs = [];
    this.contentEl.empty();
  }
}

/** A dropdown of enum values with an optional "none" entry. */
export function enumDropdown<T extends string>(
  containerEl: HTMLElement,
  name: string,
  values: readonly T[],
  initial: T | null,
  allowNone: boolean,
  onChange: (value: T | null) => void,
): void {
  new Setting(containerEl).setName(name).addDropdown((d) => {
    if (allowNone) d.addOption('', '—');
    for (const v of values) d.addOption(v, v);
    d.setValue(initial ?? '');
    d.onChange((v) => onChange(v === '' ? null : (v as T)));
  });
}
