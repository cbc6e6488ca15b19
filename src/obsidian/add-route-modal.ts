import type { App } from 'obsidian';
import { draftRoute, routeRisk, routeStatus, type RouteRisk, type RouteStatus } from '../model';
import { enumDropdown, FormModal } from './form-modal';
import type { LiveIndex } from './live-index';
import { goneMessage, NotePicker } from './note-picker';
import { pickerOptions, vaultLookup } from './vault-lookup';

/**
 * Add route: name, target outcomes and ordered steps (pick existing notes by name or alias,
 * or type new names to create them), status and risk. Writes the route note with its
 * reasoning prompts and every new note it names, then opens the route.
 */
export class AddRouteModal extends FormModal {
  outcomes!: NotePicker;
  steps!: NotePicker;
  private status: RouteStatus = 'exploring';
  private risk: RouteRisk | null = null;

  constructor(
    app: App,
    private readonly index: LiveIndex,
  ) {
    super(app, 'Add route', 'Route name', 'Create route');
  }

  protected fields(el: HTMLElement): void {
    this.outcomes = new NotePicker(el, this.app, {
      name: 'Leads to outcomes',
      desc: 'Where this route goes. Pick existing outcomes or type a new one.',
      placeholder: 'Find an outcome…',
      options: pickerOptions(this.index, ['outcome']),
      allowNew: true,
      ordered: false,
    });
    this.steps = new NotePicker(el, this.app, {
      name: 'Steps, in order',
      desc: 'The skills, experiences and relationships on the way, first step first.',
      placeholder: 'Find a stepping stone…',
      options: pickerOptions(this.index, ['skill']),
      allowNew: true,
      ordered: true,
    });
    this.pickers = [this.outcomes, this.steps];
    enumDropdown(
      el,
      'Status',
      routeStatus.options,
      'exploring',
      false,
      (v) => (this.status = v ?? 'exploring'),
    );
    enumDropdown(el, 'Risk', routeRisk.options, null, true, (v) => (this.risk = v));
  }

  protected async submit(): Promise<string | null> {
    const gone = goneMessage(this.app, [...this.outcomes.choices, ...this.steps.choices]);
    if (gone) return gone;
    const result = draftRoute(
      {
        name: this.name,
        outcomes: this.outcomes.choices,
        steps: this.steps.choices,
        status: this.status,
        risk: this.risk,
      },
      this.index.settings,
      vaultLookup(this.app, this.index),
    );
    return this.create(result);
  }
}
