import { Setting, type App } from 'obsidian';
import {
  draftOutcome,
  draftSkill,
  outcomeCategory,
  outcomeStatus,
  skillCategory,
  skillStatus,
  readHorizon,
  type OutcomeCategory,
  type OutcomeStatus,
  type SkillCategory,
  type SkillStatus,
} from '../model';
import { enumDropdown, FormModal } from './form-modal';
import type { LiveIndex } from './live-index';
import { NotePicker } from './note-picker';
import { pickerOptions, vaultLookup } from './vault-lookup';

export class AddOutcomeModal extends FormModal {
  private category: OutcomeCategory | null = null;
  private status: OutcomeStatus = 'hoped';
  private horizon = '';

  constructor(
    app: App,
    private readonly index: LiveIndex,
  ) {
    super(app, 'Add outcome', 'Outcome name', 'Create outcome');
  }

  protected fields(el: HTMLElement): void {
    enumDropdown(el, 'Category', outcomeCategory.options, null, true, (v) => (this.category = v));
    enumDropdown(
      el,
      'Status',
      outcomeStatus.options,
      'hoped',
      false,
      (v) => (this.status = v ?? 'hoped'),
    );
    new Setting(el)
      .setName('Horizon')
      .setDesc(
        'When you hope to reach it: a year, a month or a day, such as 2029, 2029-06 or 2029-06-30.',
      )
      .addText((t) => t.setPlaceholder('2029').onChange((v) => (this.horizon = v)));
  }

  protected async submit(): Promise<string | null> {
    const read = readHorizon(this.horizon);
    if ('message' in read) return read.message;
    const result = draftOutcome(
      { name: this.name, category: this.category, status: this.status, horizon: read.horizon },
      this.index.settings,
      vaultLookup(this.app, this.index),
    );
    return this.create(result);
  }
}

export class AddSkillModal extends FormModal {
  private category: SkillCategory = 'skill';
  private status: SkillStatus = 'planned';
  private supports!: NotePicker;

  constructor(
    app: App,
    private readonly index: LiveIndex,
  ) {
    super(app, 'Add stepping stone', 'Name', 'Create stepping stone');
  }

  protected fields(el: HTMLElement): void {
    enumDropdown(
      el,
      'Category',
      skillCategory.options,
      'skill',
      false,
      (v) => (this.category = v ?? 'skill'),
    );
    enumDropdown(
      el,
      'Status',
      skillStatus.options,
      'planned',
      false,
      (v) => (this.status = v ?? 'planned'),
    );
    this.supports = new NotePicker(el, this.app, {
      name: 'Supports outcomes',
      desc: 'Outcomes this stepping stone brings closer. Type a new name to create one.',
      placeholder: 'Find an outcome…',
      options: pickerOptions(this.index, ['outcome']),
      allowNew: true,
      ordered: false,
    });
    this.pickers = [this.supports];
  }

  protected async submit(): Promise<string | null> {
    const result = draftSkill(
      {
        name: this.name,
        category: this.category,
        status: this.status,
        supports: this.supports.choices,
      },
      this.index.settings,
      vaultLookup(this.app, this.index),
    );
    return this.create(result);
  }
}
