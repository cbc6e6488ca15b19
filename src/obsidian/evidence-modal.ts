import { Modal, Setting, type App, type TFile } from 'obsidian';
import { signal as signalSchema, type Signal } from '../model';
import { enumDropdown } from './form-modal';
import { linkEvidence } from './link-evidence';
import type { LiveIndex } from './live-index';
import { NotePicker } from './note-picker';
import { pickerOptions } from './vault-lookup';

/** Link note as evidence: pick model notes (fuzzy search) and, optionally, a signal. */
export class EvidenceModal extends Modal {
  picker!: NotePicker;
  private signal: Signal | null = null;

  constructor(
    app: App,
    private readonly index: LiveIndex,
    private readonly file: TFile,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Link ${this.file.basename} as evidence`);
    this.modalEl.addClass('work-model-modal');
    this.picker = new NotePicker(this.contentEl, this.app, {
      name: 'Evidence for',
      desc: 'The outcomes, stepping stones or routes this note tells something about.',
      placeholder: 'Find a model note…',
      options: pickerOptions(this.index, ['route', 'skill', 'outcome']),
      allowNew: false,
      ordered: false,
    });
    enumDropdown(
      this.contentEl,
      'Signal',
      signalSchema.options,
      null,
      true,
      (v) => (this.signal = v),
    );
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText('Link')
        .setCta()
        .onClick(() => void this.submit()),
    );
    this.picker.inputEl.focus();
  }

  async submit(): Promise<void> {
    const paths = this.picker.choices.flatMap((c) => ('path' in c ? [c.path] : []));
    if (paths.length === 0 && this.signal === null) return;
    this.close();
    await linkEvidence(this.app, this.index, this.file, paths, this.signal);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
