// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StartModelModal } from '../../src/obsidian/start-model-modal';
import { VIEW_TYPE } from '../../src/obsidian/work-model-view';
import {
  appWith,
  click,
  clock,
  idle,
  lastNotice,
  loadPlugin,
  runCommand,
  stub,
  suggestions,
  topModal,
  type,
} from './harness';
import { Modal, Notice, Platform, TFile, type App, type TAbstractFile } from './stand-in/obsidian';

type Plugin = Awaited<ReturnType<typeof loadPlugin>>;

beforeEach(() => {
  Modal.openModals.forEach((m) => m.close());
  document.body.empty();
  Notice.shown = [];
});
afterEach(() => {
  Platform.isMobile = false;
});

const O = 'Work Model/Outcomes/';
const S = 'Work Model/Stepping stones/';
const R = 'Work Model/Routes/';
const REVISION = 'Work Model/Revisions/2026-06-01 revision.md';

async function start(files: Record<string, string> = {}) {
  const app = appWith(files);
  const plugin = await loadPlugin(app);
  runCommand(plugin, 'start-model');
  return { app, plugin, modal: topModal<StartModelModal>() };
}

/** What a keyboard or screen reader user reaches in the modal now, in Tab order. */
const reachable = (modal: StartModelModal) =>
  [...modal.modalEl.querySelectorAll<HTMLElement>('input, button, select, textarea')].filter(
    (el) => el.closest('.work-model-hidden') === null,
  );
const field = (modal: StartModelModal, label: string) => {
  const el = reachable(modal).find((e) => e.getAttribute('aria-label') === label);
  if (!(el instanceof HTMLInputElement)) throw new Error(`No field ${label}`);
  return el;
};
const button = (modal: StartModelModal, text: string) =>
  reachable(modal).find((b) => b.tagName === 'BUTTON' && b.textContent === text);
/** The visible route rows of step 2: each one's stones field and picked stones. */
const routeRows = (modal: StartModelModal) =>
  [...modal.contentEl.querySelectorAll<HTMLElement>('.work-model-start-route')]
    .filter((r) => r.closest('.work-model-hidden') === null)
    .map((row) => ({
      stones: row.querySelector<HTMLInputElement>('input[placeholder^="Find or name"]'),
      picked: () => [...row.querySelectorAll('.work-model-picker-name')].map((e) => e.textContent),
    }));
const press = (el: Element, key: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const error = (modal: StartModelModal) =>
  modal.contentEl.querySelector('.work-model-form-error')?.textContent;
const current = (modal: StartModelModal) =>
  modal.contentEl.querySelector('[aria-current="step"]')?.textContent;
const addStone = (input: HTMLInputElement | null | undefined, text: string, pick = text) => {
  if (!input) throw new Error('No stones field');
  type(input, text);
  click(suggestions().find((s) => s.textContent?.startsWith(pick)));
};
const created = (app: App) => app.vault.writes.filter(([k]) => k === 'create').map(([, p]) => p);

/** Finish, and everything it starts (index, revision, map) done. */
/** The form filled with one outcome and one route to it, at its last step. */
async function startOneRoute() {
  const started = await start();
  type(field(started.modal, 'Role outcome'), 'Lead a team');
  click(button(started.modal, 'Next'));
  type(field(started.modal, 'Route 1 to Lead a team'), 'Grow into management');
  click(button(started.modal, 'Next'));
  return started;
}

async function finish(modal: StartModelModal, plugin: Plugin) {
  await modal.forward();
  await idle(plugin);
}

describe('Start a work model', () => {
  it('should create every note on Finish, then the first revision, and open the map', async () => {
    const { app, plugin, modal } = await start({ 'Python.md': '---\ntags: work/skill\n---\n' });
    expect(modal.titleEl.textContent).toBe('Start a work model');
    expect(current(modal)).toBe('Hoped-for outcomes');
    type(field(modal, 'Role outcome'), 'Lead a team');
    type(field(modal, 'Role horizon'), '2029');
    type(field(modal, 'Balance outcome'), 'Four-day week');
    click(button(modal, 'Next'));
    expect(current(modal)).toBe('Routes to them');
    expect([...modal.contentEl.querySelectorAll('h4')].map((h) => h.textContent)).toContain(
      'Routes to Lead a team',
    );
    type(field(modal, 'Route 1 to Lead a team'), 'Grow into management');
    addStone(routeRows(modal)[0]?.stones, 'Coaching', 'Create "Coaching"');
    addStone(routeRows(modal)[0]?.stones, 'pyth', 'Python'); // an existing stone
    type(field(modal, 'Route 2 to Lead a team'), 'Consulting');
    // A stone named on one route is suggested on the others.
    type(routeRows(modal)[1]?.stones as HTMLInputElement, 'coa');
    expect(suggestions().map((s) => s.textContent)).toEqual([
      'Coaching (new, named in this form)',
      'Create "coa"',
    ]);
    click(suggestions()[0]);
    type(field(modal, 'Route 1 to Four-day week'), 'Part-time contract');
    addStone(routeRows(modal)[2]?.stones, 'Negotiation', 'Create');
    click(button(modal, 'Next'));
    expect(current(modal)).toBe('Revising');
    type(field(modal, 'Revise every (days)'), '14');
    expect(modal.contentEl.querySelector('.work-model-start-summary')?.textContent).toBe(
      'Finish creates 7 notes, links Python and writes your first revision today, so the next one can show what changed.',
    );
    expect(app.vault.writes).toEqual([]); // nothing is written until Finish

    click(button(modal, 'Finish'));
    await idle(plugin);

    expect(Modal.openModals).toEqual([]);
    expect(created(app)).toEqual([
      `${O}Lead a team.md`,
      `${O}Four-day week.md`,
      `${S}Coaching.md`,
      `${S}Negotiation.md`,
      `${R}Grow into management.md`,
      `${R}Consulting.md`,
      `${R}Part-time contract.md`,
      REVISION,
    ]);
    expect(app.vault.text(`${R}Consulting.md`)).toContain(
      'outcomes:\n  - "[[Lead a team]]"\nsteps:\n  - "[[Coaching]]"\n---',
    );
    expect(plugin.index.graph().problems).toEqual([]);
    // The revision was written from the indexed model, with the new cadence saved.
    expect(app.vault.text(REVISION)).toContain('- [[Grow into management]]: exploring; 0%, 0/2');
    expect(plugin.config.revisionCadenceDays).toBe(14);
    expect((stub(plugin).data as { revisionCadenceDays: number }).revisionCadenceDays).toBe(14);
    expect(stub(plugin).statusBar[0]?.textContent).toBe('Revision due in 14 days');
    // The map is open, on the new model.
    const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
    const pane = (leaf?.view as unknown as { containerEl: HTMLElement }).containerEl;
    const listed = [...pane.querySelectorAll('.work-model-map-nodes [data-id]')].map((e) =>
      e.getAttribute('data-id'),
    );
    expect(listed).toEqual(expect.arrayContaining([`${O}Lead a team.md`, `${R}Consulting.md`]));
    expect(lastNotice()).toBe(
      'Your work model: 2 outcomes, 3 routes, 3 stepping stones; linked existing Python.',
    );
  });

  it('should keep what was typed when going back and forth', async () => {
    const { modal } = await start();
    type(field(modal, 'Skill outcome'), 'Data analysis');
    type(field(modal, 'Skill horizon'), '2028-06');
    click(button(modal, 'Next'));
    type(field(modal, 'Route 1 to Data analysis'), 'Evening course');
    addStone(routeRows(modal)[0]?.stones, 'SQL', 'Create');
    click(button(modal, 'Another way to get there?'));
    type(field(modal, 'Route 3 to Data analysis'), 'Analyst job');
    click(button(modal, 'Next'));
    type(field(modal, 'Revise every (days)'), '7');
    click(button(modal, 'Back'));
    click(button(modal, 'Back'));
    expect(current(modal)).toBe('Hoped-for outcomes');
    expect(field(modal, 'Skill outcome').value).toBe('Data analysis');
    expect(field(modal, 'Skill horizon').value).toBe('2028-06');
    type(field(modal, 'Skill outcome'), 'Data science');
    click(button(modal, 'Next'));
    // Same routes, now headed by the renamed outcome.
    expect(field(modal, 'Route 1 to Data science').value).toBe('Evening course');
    expect(field(modal, 'Route 3 to Data science').value).toBe('Analyst job');
    expect(routeRows(modal)[0]?.picked()).toEqual(['SQL']);
    click(button(modal, 'Next'));
    expect(field(modal, 'Revise every (days)').value).toBe('7');
  });

  it('should write nothing when cancelled with Escape', async () => {
    const { app, plugin, modal } = await start();
    type(field(modal, 'Role outcome'), 'Lead a team');
    click(button(modal, 'Next'));
    type(field(modal, 'Route 1 to Lead a team'), 'Grow into management');
    press(field(modal, 'Route 1 to Lead a team'), 'Escape');
    await idle(plugin);
    expect(Modal.openModals).toEqual([]);
    expect(app.vault.writes).toEqual([]);
    expect(stub(plugin).data).toBeNull();
  });

  it('should link an existing note of a taken name and leave it as it is', async () => {
    const mine = '---\ntags: work/outcome\nstatus: pursuing\n---\nMy own words.\n';
    const { app, plugin, modal } = await start({ 'Goals/Lead a team.md': mine });
    type(field(modal, 'Role outcome'), 'lead a team');
    click(button(modal, 'Next'));
    type(field(modal, 'Route 1 to lead a team'), 'Grow into management');
    click(button(modal, 'Next'));
    await finish(modal, plugin);
    expect(app.vault.text('Goals/Lead a team.md')).toBe(mine);
    expect(created(app)).toEqual([`${R}Grow into management.md`, REVISION]);
    expect(app.vault.text(`${R}Grow into management.md`)).toContain(
      'outcomes:\n  - "[[Lead a team]]"',
    );
    expect(plugin.index.graph().problems).toEqual([]);
  });

  it('should go on without a new note edited at once into a plain one, and say which', async () => {
    const { app, plugin, modal } = await startOneRoute();
    // The route is rewritten the moment it is created, before Obsidian has parsed it.
    app.vault.on('create', (file: TAbstractFile) => {
      if (file instanceof TFile && file.path === `${R}Grow into management.md`)
        void app.vault.modify(file, 'Changed my mind.\n');
    });
    // No wait for a timer: Obsidian has read the note, and it is no longer a model note.
    await finish(modal, plugin);
    // The revision and the map are there all the same, and the notice names the note.
    expect(created(app)).toEqual([`${O}Lead a team.md`, `${R}Grow into management.md`, REVISION]);
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
    expect(lastNotice()).toBe(
      'Grow into management was changed into a note without a kind tag as soon as it was created (by an edit or a template), so the first revision leaves it out. Give it its tag back to bring it into the model.',
    );
  });

  it('should go on without a new note Obsidian does not read in time, and say which', async () => {
    const { app, plugin, modal } = await startOneRoute();
    // Obsidian is busy (a large vault still indexing, a sync) and never gets to the route.
    const parse = app.metadataCache.fileChanged.bind(app.metadataCache);
    vi.spyOn(app.metadataCache, 'fileChanged').mockImplementation((file, data) => {
      if (file.path !== `${R}Grow into management.md`) parse(file, data);
    });
    // The wait's seconds pass on a fake clock; the day stays the stand-in's.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: clock.now });
    try {
      const finishing = modal.forward();
      await vi.advanceTimersByTimeAsync(15_000);
      await finishing;
    } finally {
      vi.useFakeTimers({ toFake: ['Date'], now: clock.now });
    }
    await idle(plugin);
    expect(created(app)).toEqual([`${O}Lead a team.md`, `${R}Grow into management.md`, REVISION]);
    expect(lastNotice()).toBe(
      'Obsidian had not read Grow into management some seconds after it was created, so the first revision leaves it out; the map shows it once Obsidian has.',
    );
  });

  it('should clean a name with characters a file name cannot hold', async () => {
    const { app, plugin, modal } = await start();
    type(field(modal, 'Role outcome'), 'Lead / coach?');
    click(button(modal, 'Next'));
    type(field(modal, 'Route 1 to Lead / coach?'), 'What now?');
    addStone(routeRows(modal)[0]?.stones, 'C*: "basics"', 'Create');
    click(button(modal, 'Next'));
    await finish(modal, plugin);
    expect(created(app)).toEqual([
      `${O}Lead coach.md`,
      `${S}C basics.md`,
      `${R}What now.md`,
      REVISION,
    ]);
    expect(plugin.index.graph().problems).toEqual([]);
  });

  it('should say what to fix and stay on that step', async () => {
    const { app, modal } = await start();
    click(button(modal, 'Next'));
    expect(error(modal)).toBe('Name at least one outcome you hope to reach in 3 to 5 years.');
    type(field(modal, 'Role outcome'), 'Lead');
    type(field(modal, 'Role horizon'), 'soon');
    click(button(modal, 'Next'));
    expect(current(modal)).toBe('Hoped-for outcomes');
    expect(error(modal)).toBe(
      'Role horizon: "soon" is not a horizon: write a year, a month or a day, such as 2029, 2029-06 or 2029-06-30.',
    );
    type(field(modal, 'Role horizon'), '2029-06-30');
    click(button(modal, 'Next'));
    expect(error(modal)).toBe('');
    click(button(modal, 'Next'));
    type(field(modal, 'Revise every (days)'), '400');
    click(button(modal, 'Finish'));
    expect(error(modal)).toBe(
      'Revise every: "400" is not a number of days from 1 to 365, such as 30.',
    );
    expect(app.vault.writes).toEqual([]);
  });

  it('should work from the keyboard: Tab order, Enter moves on, Enter picks a suggestion', async () => {
    const { app, plugin, modal } = await start({ 'Python.md': '---\ntags: work/skill\n---\n' });
    expect(document.activeElement).toBe(field(modal, 'Role outcome'));
    expect(reachable(modal).map((e) => e.getAttribute('aria-label') ?? e.textContent)).toEqual([
      'Role outcome',
      'Role horizon',
      'Skill outcome',
      'Skill horizon',
      'Recognition outcome',
      'Recognition horizon',
      'Balance outcome',
      'Balance horizon',
      'Environment outcome',
      'Environment horizon',
      'Next',
    ]);
    type(field(modal, 'Role outcome'), 'Lead a team');
    press(field(modal, 'Role outcome'), 'Enter');
    expect(current(modal)).toBe('Routes to them');
    expect(document.activeElement).toBe(field(modal, 'Route 1 to Lead a team'));
    type(field(modal, 'Route 1 to Lead a team'), 'Grow into management');
    // In a stones field, Enter picks the highlighted suggestion; it does not move on.
    const stones = routeRows(modal)[0]?.stones as HTMLInputElement;
    stones.focus();
    type(stones, 'Pyt');
    press(stones, 'Enter');
    expect(routeRows(modal)[0]?.picked()).toEqual(['Python']);
    expect(current(modal)).toBe('Routes to them');
    // Typed and not picked, a stone is still kept when Enter moves on from another field.
    type(stones, 'Mentoring');
    press(stones, 'Escape'); // closes the suggestions, not the modal
    expect(Modal.openModals).toEqual([modal]);
    field(modal, 'Route 1 to Lead a team').focus();
    press(field(modal, 'Route 1 to Lead a team'), 'Enter');
    expect(current(modal)).toBe('Revising');
    click(button(modal, 'Back'));
    expect(routeRows(modal)[0]?.picked()).toEqual(['Python', 'Mentoring']);
    press(field(modal, 'Route 1 to Lead a team'), 'Enter');
    expect(reachable(modal).map((e) => e.getAttribute('aria-label') ?? e.textContent)).toEqual([
      'Revise every (days)',
      'Back',
      'Finish',
    ]);
    press(field(modal, 'Revise every (days)'), 'Enter');
    await idle(plugin);
    expect(created(app)).toContain(`${S}Mentoring.md`);
    expect(created(app)).toContain(REVISION);
    expect(Modal.openModals).toEqual([]);
  });
});

describe('the empty map', () => {
  it('should show the three steps as buttons that start a work model, not a sentence', async () => {
    const app = appWith();
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
    const pane = (leaf?.view as unknown as { containerEl: HTMLElement }).containerEl;
    const start = pane.querySelector('.work-model-map-start');
    expect(start?.classList).not.toContain('work-model-hidden');
    const steps = [...(start?.querySelectorAll('button') ?? [])];
    expect(steps.map((b) => b.querySelector('.work-model-map-start-name')?.textContent)).toEqual([
      '1. Hoped-for outcomes',
      '2. Routes to them',
      '3. Revising',
    ]);
    expect(pane.querySelector('.work-model-map-notice')?.textContent).toBe('');
    click(steps[1]);
    const modal = topModal<StartModelModal>();
    expect(modal.titleEl.textContent).toBe('Start a work model');
    expect(document.activeElement).toBe(field(modal, 'Role outcome'));
    modal.close();
    // Once there is a model, the map shows it and the steps go.
    await app.vault.create('Goal.md', '---\ntags: work/outcome\n---\n');
    await idle(plugin);
    expect(start?.classList).toContain('work-model-hidden');
  });
});

describe('before there is an outcome', () => {
  it('should offer to start a model in the status bar, not ask for a revision', async () => {
    const app = appWith({ 'Journal/2026-05-01.md': 'A day.\n' });
    const plugin = await loadPlugin(app);
    const status = stub(plugin).statusBar[0];
    expect(status?.textContent).toBe('Start a work model');
    click(status);
    await idle(plugin);
    expect(topModal<StartModelModal>().titleEl.textContent).toBe('Start a work model');
    expect(app.vault.writes).toEqual([]);
    // Once an outcome exists, the status bar asks for the first revision.
    await app.vault.create('Goal.md', '---\ntags: work/outcome\n---\n');
    await idle(plugin);
    expect(status?.textContent).toBe('Write your first revision');
  });

  it('should not say on mobile that a revision is due, and offer to start in the pane', async () => {
    Platform.isMobile = true;
    const app = appWith();
    const plugin = await loadPlugin(app);
    await idle(plugin);
    expect(Notice.shown.filter((n) => n.includes('revision'))).toEqual([]);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
    const pane = (leaf?.view as unknown as { containerEl: HTMLElement }).containerEl;
    const due = pane.querySelector<HTMLButtonElement>('.work-model-view-due');
    expect(due?.textContent).toBe('Start a work model');
    due?.click();
    await idle(plugin);
    expect(topModal<StartModelModal>().titleEl.textContent).toBe('Start a work model');
    expect(app.vault.writes).toEqual([]);
  });
});
