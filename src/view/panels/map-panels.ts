import type { Problem } from '../../model/problem';
import { routeStatus, skillCategory } from '../../model/read/note-schemas';
import { START_STEPS } from '../../model/write/start-steps';
import type { OpenEvent } from '../input/open-event';
import { KIND_STYLES } from '../../model/outputs/map/kind-styles';
import type { MapModel } from '../../model/outputs/map/map-model';
import type { Filters, Scene } from '../../model/outputs/map/scene';

const toggled = (list: readonly string[], item: string, on: boolean) =>
  on ? list.filter((s) => s !== item) : [...list, item];

/**
 * The filter checkboxes: route statuses, stepping-stone categories, evidence, stale marks.
 * Returns what ticks them as the map's filters are now: filters also change from outside the
 * panel (the plugin's view settings, the hidden routes' "show", a restored pane).
 */
export function buildFilters(
  details: HTMLDetailsElement,
  filters: () => Filters,
  set: (changed: Partial<Filters>) => void,
  signal: AbortSignal,
): (now: Filters) => void {
  details.createEl('summary', { text: 'Filters' });
  const ticks: [HTMLInputElement, (f: Filters) => boolean][] = [];
  const box = (
    label: string,
    checked: (f: Filters) => boolean,
    onChange: (on: boolean) => void,
  ) => {
    const row = details.createEl('label', { cls: 'work-model-map-filter' });
    const input = row.createEl('input', { type: 'checkbox' });
    row.appendText(` ${label}`);
    input.addEventListener('change', () => onChange(input.checked), { signal });
    ticks.push([input, checked]);
  };
  details.createDiv({ text: 'Routes', cls: 'work-model-map-filter-heading' });
  for (const status of routeStatus.options) {
    box(
      status,
      (f) => !f.hiddenRouteStatuses.includes(status),
      (on) => set({ hiddenRouteStatuses: toggled(filters().hiddenRouteStatuses, status, on) }),
    );
  }
  details.createDiv({ text: 'Stepping stones', cls: 'work-model-map-filter-heading' });
  for (const category of skillCategory.options) {
    box(
      category,
      (f) => !f.hiddenSkillCategories.includes(category),
      (on) =>
        set({ hiddenSkillCategories: toggled(filters().hiddenSkillCategories, category, on) }),
    );
  }
  details.createDiv({ text: 'Show', cls: 'work-model-map-filter-heading' });
  box(
    'evidence notes',
    (f) => f.showEvidence,
    (on) => set({ showEvidence: on }),
  );
  box(
    'stale marks',
    (f) => f.showStale,
    (on) => set({ showStale: on }),
  );
  const sync = (now: Filters) => {
    for (const [input, checked] of ticks) input.checked = checked(now);
  };
  sync(filters());
  return sync;
}

/** The problems badge and the list behind it, each problem opening its note. */
export function renderProblems(
  button: HTMLElement,
  el: HTMLElement,
  problems: readonly Problem[],
  open: (file: string, event: OpenEvent) => void,
  signal: AbortSignal,
): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  button.setText(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  button.toggleClass('mod-error', errors > 0);
  button.toggleClass('work-model-hidden', problems.length === 0);
  el.empty();
  if (problems.length === 0) return;
  el.createEl('h4', { text: 'Problems' });
  const list = el.createEl('ul');
  for (const p of problems) {
    const b = list.createEl('li').createEl('button', {
      cls: `work-model-map-problem mod-${p.severity}`,
      attr: { type: 'button' },
    });
    b.createSpan({
      text: `${p.file}${p.field ? ` · ${p.field}` : ''}`,
      cls: 'work-model-map-problem-file',
    });
    b.createDiv({ text: p.message });
    b.addEventListener('click', (e) => open(p.file, e), { signal });
  }
}

/** Opens or closes the problem list under its badge. */
export function showProblems(button: HTMLElement, list: HTMLElement, open: boolean): void {
  button.setAttr('aria-expanded', String(open));
  list.toggleClass('work-model-hidden', !open);
}

const modelNotes = (model: MapModel) =>
  model.nodes.filter((n) => KIND_STYLES[n.kind].modelNote).length;

/** Whether there is no model yet: no model note and no problem. */
export const isEmptyModel = (model: MapModel) =>
  modelNotes(model) === 0 && model.problems.length === 0;

/** What each of the method's three steps asks, under its button. */
const STEP_HINTS = [
  'What you hope to reach in 3 to 5 years',
  'Two or more ways to each, through stepping stones',
  'How often to look again, and a first revision',
];

/**
 * The empty map's offer: the method's three steps as buttons, each starting the guided form
 * that writes the first model.
 */
export function buildStartSteps(el: HTMLElement, start: () => void, signal: AbortSignal): void {
  el.createEl('h3', { text: 'Start your work model' });
  el.createDiv({
    text: 'Three steps in one guided form; nothing is written until you finish.',
    cls: 'work-model-map-muted',
  });
  const list = el.createEl('ol', { cls: 'work-model-map-start-steps' });
  START_STEPS.forEach((name, i) => {
    const b = list.createEl('li').createEl('button', {
      attr: { type: 'button', 'aria-label': `Start a work model: step ${i + 1}, ${name}` },
    });
    if (i === 0) b.addClass('mod-cta');
    b.createSpan({ text: `${i + 1}. ${name}`, cls: 'work-model-map-start-name' });
    b.createSpan({ text: STEP_HINTS[i] ?? '', cls: 'work-model-map-start-hint' });
    b.addEventListener('click', start, { signal });
  });
}

/** What the notice line says: how to start, where the problems are, or what the cap left out. */
export function noticeText(model: MapModel, scene: Scene): string {
  if (isEmptyModel(model)) {
    return 'Your work model is empty. Add an outcome you hope to reach in 3 to 5 years (tag a note #work/outcome), then a route that leads to it through stepping stones (#work/route with outcomes and steps).';
  }
  if (modelNotes(model) === 0)
    return 'No note could be read as part of the model yet: see the problems, each opens its note.';
  if (scene.capped) {
    return `Showing ${scene.capped.shown.toLocaleString('en')} of ${scene.capped.total.toLocaleString('en')} notes. Raise the node cap in the settings, or hide some with the filters.`;
  }
  return '';
}

/** "1 paused route hidden: … · Show": hidden routes are always announced, with a way back. */
export function renderHiddenRoutes(
  el: HTMLElement,
  hidden: readonly { title: string; status: string }[],
  show: (statuses: Set<string>) => void,
  signal: AbortSignal,
): void {
  el.empty();
  el.toggleClass('work-model-hidden', hidden.length === 0);
  if (hidden.length === 0) return;
  const counts = new Map<string, number>();
  for (const r of hidden) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${status}`);
  el.createSpan({
    text: `${parts.join(', ')} route${hidden.length === 1 ? '' : 's'} hidden: ${hidden.map((r) => r.title).join(', ')}`,
  });
  el.createEl('button', {
    text: 'Show',
    attr: { type: 'button', 'aria-label': 'Show the hidden routes' },
  }).addEventListener('click', () => show(new Set(hidden.map((r) => r.status))), { signal });
}
