import { Modal, Setting, type App, type ButtonComponent } from 'obsidian';
import {
  categoryLabel,
  checkOutcomes,
  checkRoutes,
  draftStartModel,
  emptyStartInput,
  newRoute,
  outcomeCategory,
  plural,
  START_STEPS,
  type NoteChoice,
  type OutcomeCategory,
  type StartModelInput,
  type StartRoute,
  type StartStep,
} from '../model';
import { goneMessage, NotePicker } from './note-picker';
import { pickerOptions, vaultLookup } from './vault-lookup';
import { writeStartModel, type StartModelHost } from './write-start-model';

/** What each outcome category holds, shown under its field. */
const CATEGORY_HINTS: Record<OutcomeCategory, string> = {
  role: 'A position or kind of work, such as Lead a product team.',
  skill: 'Something you want to master, such as Data analysis.',
  recognition: 'How you want to be known, such as Speak at a conference.',
  balance: 'How work fits your life, such as Four-day work week.',
  environment: 'Where and with whom, such as A mission-driven team.',
};

/** One outcome's part of step 2: its heading and the route name fields, to label them. */
interface RouteSection {
  el: HTMLElement;
  heading: HTMLElement;
  list: HTMLElement;
  names: HTMLInputElement[];
}

/**
 * Start a work model: the method's three steps in one modal. Every step is built once and
 * hidden while another shows, so going back and forth keeps what was typed. Nothing is
 * written until Finish; Enter in a field moves on, Escape cancels.
 */
export class StartModelModal extends Modal {
  readonly input: StartModelInput;
  step: StartStep = 1;
  private stepEls: HTMLElement[] = [];
  private markers: HTMLElement[] = [];
  private sections = new Map<OutcomeCategory, RouteSection>();
  private pickers: NotePicker[] = [];
  private summaryEl!: HTMLElement;
  private errorEl!: HTMLElement;
  private backButton!: ButtonComponent;
  private nextButton!: ButtonComponent;
  private busy = false;

  constructor(
    app: App,
    private readonly host: StartModelHost,
  ) {
    super(app);
    this.input = emptyStartInput(host.index.settings);
  }

  override onOpen(): void {
    this.setTitle('Start a work model');
    this.modalEl.addClass('work-model-modal', 'work-model-start');
    const el = this.contentEl;
    const progress = el.createEl('ol', { cls: 'work-model-start-progress' });
    this.markers = START_STEPS.map((name) => progress.createEl('li', { text: name }));
    this.stepEls = [this.outcomesStep(el), this.routesStep(el), this.revisingStep(el)];
    this.errorEl = el.createDiv({ cls: 'work-model-form-error', attr: { role: 'alert' } });
    new Setting(el)
      .addButton((b) => {
        this.backButton = b.setButtonText('Back').onClick(() => this.show(this.step - 1));
      })
      .addButton((b) => {
        this.nextButton = b
          .setButtonText('Next')
          .setCta()
          .onClick(() => void this.forward());
      });
    // Enter in a field moves on; on a button it presses that button, as always.
    this.scope.register([], 'Enter', (evt) => {
      const target = evt.target as HTMLElement | null;
      if (evt.isComposing || target?.tagName !== 'INPUT') return true;
      void this.forward();
      return false;
    });
    this.show(1);
  }

  private outcomesStep(parent: HTMLElement): HTMLElement {
    const el = parent.createDiv({ cls: 'work-model-start-step' });
    el.createEl('p', {
      text: 'What do you hope to reach in 3 to 5 years? Name an outcome for each kind that matters to you and leave the others empty. A horizon says by when: a year, a month or a day.',
    });
    for (const category of outcomeCategory.options) {
      const typed = this.input.outcomes[category];
      const label = categoryLabel(category);
      new Setting(el)
        .setName(label)
        .setDesc(CATEGORY_HINTS[category])
        .addText((t) => {
          t.setPlaceholder('Outcome').onChange((v) => (typed.name = v));
          t.inputEl.setAttr('aria-label', `${label} outcome`);
        })
        .addText((t) => {
          t.setPlaceholder('Horizon, such as 2029').onChange((v) => (typed.horizon = v));
          t.inputEl.setAttr('aria-label', `${label} horizon`);
          t.inputEl.addClass('work-model-start-horizon');
        });
    }
    return el;
  }

  private routesStep(parent: HTMLElement): HTMLElement {
    const el = parent.createDiv({ cls: 'work-model-start-step' });
    el.createEl('p', {
      text: 'Routes are not job titles: each passes through stepping stones (skills, experiences, relationships) to the outcome. Map at least two ways to each outcome, with their first stones; a stone named once is suggested on every route.',
    });
    for (const category of outcomeCategory.options) {
      const section = el.createDiv({ cls: 'work-model-start-routes' });
      const s: RouteSection = {
        el: section,
        heading: section.createEl('h4'),
        list: section.createDiv(),
        names: [],
      };
      this.sections.set(category, s);
      for (const route of this.input.routes[category]) this.routeRow(s, route);
      new Setting(section).addButton((b) =>
        b.setButtonText('Another way to get there?').onClick(() => {
          const route = newRoute();
          this.input.routes[category].push(route);
          this.routeRow(s, route);
          this.labelRoutes();
          s.names[s.names.length - 1]?.focus();
        }),
      );
    }
    return el;
  }

  private routeRow(section: RouteSection, route: StartRoute): void {
    const row = section.list.createDiv({ cls: 'work-model-start-route' });
    const first = section.names.length === 0;
    new Setting(row).setName(first ? 'A route' : 'Another way to get there?').addText((t) => {
      t.setPlaceholder('Route name').onChange((v) => (route.name = v));
      section.names.push(t.inputEl);
    });
    const picker = new NotePicker(row, this.app, {
      name: 'First stepping stones',
      desc: 'In order. Pick an existing stone or type a new one.',
      placeholder: 'Find or name a stepping stone…',
      options: pickerOptions(this.host.index, ['skill']),
      allowNew: true,
      ordered: true,
      named: () => this.namedStones(),
    });
    // The route's stones are the picker's list, so what is picked is what Finish writes.
    route.stones = picker.choices;
    this.pickers.push(picker);
  }

  private revisingStep(parent: HTMLElement): HTMLElement {
    const el = parent.createDiv({ cls: 'work-model-start-step' });
    el.createEl('p', {
      text: 'Every win, setback or change of interest is a data point. Revise the model regularly: the status bar says when the next revision is due.',
    });
    new Setting(el)
      .setName('Revise every')
      .setDesc('Days between revisions, such as 7, 30 or 90.')
      .addText((t) => {
        t.setValue(this.input.cadence).onChange((v) => (this.input.cadence = v));
        t.inputEl.setAttr('aria-label', 'Revise every (days)');
        t.inputEl.inputMode = 'numeric';
      });
    this.summaryEl = el.createEl('p', { cls: 'work-model-start-summary' });
    return el;
  }

  private outcomeName(category: OutcomeCategory): string {
    return this.input.outcomes[category].name.trim();
  }

  /** The stones of the routes to the outcomes named: what Finish would write. */
  private stones(): NoteChoice[] {
    return outcomeCategory.options
      .filter((c) => this.outcomeName(c) !== '')
      .flatMap((c) => this.input.routes[c].flatMap((r) => r.stones));
  }

  /** New stones named anywhere in the form, to suggest on every route. */
  private namedStones(): string[] {
    return this.stones().flatMap((c) => ('name' in c ? [c.name] : []));
  }

  /** Shows step 2's sections for the outcomes named, each route field named after its outcome. */
  private labelRoutes(): void {
    for (const [category, s] of this.sections) {
      const name = this.outcomeName(category);
      s.el.toggleClass('work-model-hidden', name === '');
      s.heading.setText(`Routes to ${name}`);
      s.names.forEach((input, i) => input.setAttr('aria-label', `Route ${i + 1} to ${name}`));
    }
  }

  /** Shows a step as it was left. */
  show(step: number): void {
    if (step !== 1 && step !== 2 && step !== 3) return;
    this.step = step;
    this.stepEls.forEach((el, i) => el.toggleClass('work-model-hidden', i + 1 !== step));
    this.markers.forEach((m, i) => {
      m.toggleClass('is-current', i + 1 === step);
      if (i + 1 === step) m.setAttr('aria-current', 'step');
      else m.removeAttribute('aria-current');
    });
    this.backButton.buttonEl.toggleClass('work-model-hidden', step === 1);
    this.nextButton.setButtonText(step === 3 ? 'Finish' : 'Next');
    this.errorEl.setText('');
    if (step === 2) this.labelRoutes();
    if (step === 3) this.summaryEl.setText(this.summary());
    const fields = this.stepEls[step - 1]?.querySelectorAll('input') ?? [];
    [...fields].find((f) => f.closest('.work-model-hidden') === null)?.focus();
  }

  private summary(): string {
    const result = draftStartModel(
      this.input,
      this.host.index.settings,
      vaultLookup(this.app, this.host.index),
    );
    if (!result.ok) return '';
    const { drafts, linked } = result.plan;
    const names = linked.map((p) => p.slice(p.lastIndexOf('/') + 1).replace(/\.md$/i, ''));
    return `Finish creates ${plural(drafts.length, 'note')}${names.length > 0 ? `, links ${names.join(', ')}` : ''} and writes your first revision today, so the next one can show what changed.`;
  }

  /** Next, or Finish on the last step; a step that is not right yet stays with its message. */
  async forward(): Promise<void> {
    // A stone typed but not yet added is still meant.
    for (const p of this.pickers) p.addTyped();
    const outcomes = checkOutcomes(this.input);
    if ('message' in outcomes) return this.stay(1, outcomes.message);
    if (this.step === 1) return this.show(2);
    const routes = checkRoutes(this.input, outcomes.outcomes);
    if ('message' in routes) return this.stay(2, routes.message);
    if (this.step === 2) return this.show(3);
    await this.finish();
  }

  /** Shows the step that needs changing, with what to change. */
  private stay(step: StartStep, message: string): void {
    this.show(step);
    this.errorEl.setText(message);
  }

  private async finish(): Promise<void> {
    if (this.busy) return; // a second Enter must not create twice
    this.busy = true;
    try {
      const gone = goneMessage(this.app, this.stones());
      if (gone) return this.stay(2, gone);
      const result = draftStartModel(
        this.input,
        this.host.index.settings,
        vaultLookup(this.app, this.host.index),
      );
      if (!result.ok) return this.stay(result.step, result.message);
      const failed = await writeStartModel(this.app, this.host, result.plan);
      if (failed) this.errorEl.setText(failed);
      else this.close();
    } finally {
      this.busy = false;
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
