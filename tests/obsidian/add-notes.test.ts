// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { AddRouteModal } from '../../src/obsidian/add-route-modal';
import type { FormModal } from '../../src/obsidian/form-modal';
import {
  appWith,
  click,
  field,
  idle,
  input,
  lastNotice,
  loadPlugin,
  runCommand,
  stub,
  suggestions,
  topModal,
  type,
  fileAt,
} from './harness';
import { Modal, type App } from './stand-in/obsidian';

const outcome = '---\ntags: work/outcome\naliases: [Dream job]\n---\n';
let app: App;

beforeEach(() => {
  Modal.openModals.forEach((m) => m.close());
  document.body.empty();
});

/** The inputs and buttons of a form modal, found as a user finds them: by their labels. */
type Form = { contentEl: HTMLElement };
const select = (modal: Form, name: string, value: string) => {
  const el = field(modal, name).querySelector('select') as HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event('change'));
};
const button = (modal: Form, text: string) =>
  [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === text);
const pick = (text: string) => click(suggestions().find((s) => s.textContent?.startsWith(text)));
const listOf = (modal: Form, name: string) =>
  [
    ...(modal.contentEl
      .querySelector(`[aria-label="${name}"]`)
      ?.querySelectorAll('.work-model-picker-name') ?? []),
  ].map((e) => e.textContent);

describe('commands', () => {
  it('should register every command of SPEC §4 with stable ids, sentence-case names and no hotkeys', async () => {
    const plugin = await loadPlugin(appWith());
    const commands = stub(plugin).commands.map((c) => [c.id, c.name]);
    expect(commands).toEqual([
      ['start-model', 'Start a model'],
      ['open-graph', 'Open graph'],
      ['add-outcome', 'Add outcome'],
      ['add-skill', 'Add stepping stone'],
      ['add-route', 'Add route'],
      ['record-evidence', 'Record evidence'],
      ['link-evidence', 'Link note as evidence'],
      ['create-revision', 'Create revision note'],
      ['export-canvas', 'Export to canvas'],
      ['rebuild-index', 'Rebuild index'],
      ['create-base', 'Create base'],
      ['mark-stone-done', 'Mark stepping stone done'],
      ['compare-routes', 'Compare routes'],
      ['add-snapshot', 'Add snapshot to this revision'],
    ]);
    for (const c of stub(plugin).commands) {
      expect(c.hotkeys).toBeUndefined();
      expect(`${c.id} ${c.name}`.toLowerCase()).not.toMatch(/work[- ]?model/);
    }
  });

  it.each([
    ['add-outcome', 'Add outcome'],
    ['add-skill', 'Add stepping stone'],
    ['add-route', 'Add route'],
  ])('should title the form %s opens with the command name, "%s"', async (id, name) => {
    const plugin = await loadPlugin(appWith());
    runCommand(plugin, id);
    expect(topModal<FormModal>().titleEl.textContent).toBe(name);
  });

  it('should open the view from the command and the ribbon', async () => {
    const plugin = await loadPlugin(appWith());
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    expect(plugin.app.workspace.getLeavesOfType('work-model-graph')).toHaveLength(1);
    click(stub(plugin).ribbon[0]?.el);
    await idle(plugin);
    expect(plugin.app.workspace.getLeavesOfType('work-model-graph')).toHaveLength(1);
  });
});

describe('Add route', () => {
  it('should create a route with an existing outcome and two new steps, and index all three notes', async () => {
    app = appWith({ 'Goals/Lead a team.md': outcome });
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'Grow into management');
    type(input(modal, 'Leads to outcomes'), 'dream');
    pick('Lead a team'); // found by its alias
    type(input(modal, 'Steps, in order'), 'Coaching');
    pick('Create "Coaching"');
    type(input(modal, 'Steps, in order'), 'Budgeting');
    click(field(modal, 'Steps, in order').querySelector('button')); // "Add" the typed name
    select(modal, 'Status', 'active');
    select(modal, 'Risk', 'medium');
    expect(listOf(modal, 'Steps, in order')).toEqual(['Coaching', 'Budgeting']);
    click(modal.contentEl.querySelector('[aria-label="Move up Budgeting"]'));
    expect(listOf(modal, 'Steps, in order')).toEqual(['Budgeting', 'Coaching']);

    click(button(modal, 'Create route'));
    await idle(plugin);

    expect(Modal.openModals).toHaveLength(0);
    const routePath = 'Work Model/Routes/Grow into management.md';
    expect(app.vault.text(routePath)).toMatch(
      /^---\ntags:\n {2}- work\/route\nstatus: active\nrisk: medium\noutcomes:\n {2}- "\[\[Lead a team\]\]"\nsteps:\n {2}- "\[\[Budgeting\]\]"\n {2}- "\[\[Coaching\]\]"\n---\n\n## Why this route\n[\s\S]*## Assumptions[\s\S]*## Next small experiment[\s\S]*## Signals to watch/,
    );
    expect(app.workspace.opened).toEqual([routePath]);

    const graph = plugin.index.graph();
    expect(graph.problems).toEqual([]);
    expect(graph.nodes.map((n) => [n.id, n.kind, n.status])).toEqual([
      ['Goals/Lead a team.md', 'outcome', 'hoped'],
      [routePath, 'route', 'active'],
      ['Work Model/Stepping stones/Budgeting.md', 'skill', 'planned'],
      ['Work Model/Stepping stones/Coaching.md', 'skill', 'planned'],
    ]);
    expect(graph.edges.filter((e) => e.from === routePath)).toEqual([
      { from: routePath, to: 'Goals/Lead a team.md', kind: 'target' },
      { from: routePath, to: 'Work Model/Stepping stones/Budgeting.md', kind: 'step', order: 1 },
      { from: routePath, to: 'Work Model/Stepping stones/Coaching.md', kind: 'step', order: 2 },
    ]);
    // New steps support the route's outcomes.
    expect(graph.edges).toContainEqual({
      from: 'Work Model/Stepping stones/Coaching.md',
      to: 'Goals/Lead a team.md',
      kind: 'supports',
    });
  });

  it('should create a new outcome typed by name', async () => {
    app = appWith();
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'Teach');
    type(input(modal, 'Leads to outcomes'), 'Known voice');
    pick('Create "Known voice"');
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual([
      'Work Model/Outcomes/Known voice.md',
      'Work Model/Routes/Teach.md',
    ]);
    expect(plugin.index.graph().problems).toEqual([]);
  });

  it('should clean a name that is not a valid file name', async () => {
    app = appWith({ 'G.md': outcome });
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'Design / research: v2?');
    modal.outcomes.add({ path: 'G.md' });
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(app.vault.getFileByPath('Work Model/Routes/Design research v2.md')).not.toBeNull();
  });

  it.each([
    ['', 'Give the route name.'],
    ['???', 'has no characters a note name can use'],
  ])('should refuse the name %j with a message and keep the modal open', async (name, message) => {
    const plugin = await loadPlugin(appWith({ 'G.md': outcome }));
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), name);
    modal.outcomes.add({ path: 'G.md' });
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(modal.contentEl.querySelector('.work-model-form-error')?.textContent).toContain(message);
    expect(Modal.openModals).toContain(modal as unknown as Modal);
  });

  it('should refuse a route without outcomes', async () => {
    const plugin = await loadPlugin(appWith());
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'Somewhere');
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(modal.contentEl.querySelector('.work-model-form-error')?.textContent).toBe(
      'A route needs at least one outcome: pick one or type a new name.',
    );
  });

  it('should never overwrite an existing note, and write nothing of a refused batch', async () => {
    app = appWith({ 'G.md': outcome, 'Work Model/Routes/Taken.md': 'my own words' });
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'Taken');
    modal.outcomes.add({ path: 'G.md' });
    modal.steps.add({ name: 'New step' });
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(modal.contentEl.querySelector('.work-model-form-error')?.textContent).toContain(
      'Work Model/Routes/Taken.md already exists',
    );
    expect(app.vault.text('Work Model/Routes/Taken.md')).toBe('my own words');
    expect(app.vault.writes).toEqual([]);
  });

  it('should follow a picked note renamed while the modal is open, and drop a deleted one', async () => {
    app = appWith({
      'G.md': outcome,
      'S.md': '---\ntags: work/skill\n---\n',
      'T.md': '---\ntags: work/skill\n---\n',
    });
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'R');
    modal.outcomes.add({ path: 'G.md' });
    modal.steps.add({ path: 'S.md' });
    modal.steps.add({ path: 'T.md' });
    await app.fileManager.renameFile(fileAt(app, 'S.md'), 'S2.md');
    await app.fileManager.trashFile(fileAt(app, 'T.md'));
    await idle(plugin);
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(app.vault.text('Work Model/Routes/R.md')).toContain('steps:\n  - "[[S2]]"\n---');
  });

  it('should create once when the button is clicked twice', async () => {
    app = appWith({ 'G.md': outcome });
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-route');
    const modal = topModal<AddRouteModal>();
    type(input(modal, 'Route name'), 'Twice');
    modal.outcomes.add({ path: 'G.md' });
    click(button(modal, 'Create route'));
    click(button(modal, 'Create route'));
    await idle(plugin);
    expect(app.vault.writes.filter(([kind]) => kind === 'create')).toEqual([
      ['create', 'Work Model/Routes/Twice.md'],
    ]);
  });
});

describe('Add outcome and Add stepping stone', () => {
  it('should create an outcome with its properties that the model reads back', async () => {
    app = appWith();
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-outcome');
    const modal = topModal<FormModal>();
    type(input(modal, 'Outcome name'), 'Four-day week');
    select(modal, 'Category', 'balance');
    select(modal, 'Status', 'pursuing');
    type(input(modal, 'Horizon'), '2028-06');
    click(button(modal, 'Create outcome'));
    await idle(plugin);
    expect(plugin.index.graph().nodes).toEqual([
      expect.objectContaining({
        id: 'Work Model/Outcomes/Four-day week.md',
        kind: 'outcome',
        category: 'balance',
        status: 'pursuing',
        horizon: '2028-06',
      }),
    ]);
    expect(lastNotice()).toBe('Created Four-day week.');
  });

  it('should refuse a horizon that is not a date', async () => {
    const plugin = await loadPlugin(appWith());
    runCommand(plugin, 'add-outcome');
    const modal = topModal<FormModal>();
    type(input(modal, 'Outcome name'), 'X');
    type(input(modal, 'Horizon'), 'soon');
    click(button(modal, 'Create outcome'));
    await idle(plugin);
    expect(modal.contentEl.querySelector('.work-model-form-error')?.textContent).toContain(
      '"soon" is not a horizon',
    );
  });

  it('should create a skill that supports an existing and a new outcome', async () => {
    app = appWith({ 'Lead.md': outcome });
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'add-skill');
    const modal = topModal<FormModal>();
    type(input(modal, 'Name'), 'Public speaking');
    select(modal, 'Category', 'experience');
    select(modal, 'Status', 'building');
    type(input(modal, 'Supports outcomes'), 'lead');
    pick('Lead');
    type(input(modal, 'Supports outcomes'), 'Keynote');
    pick('Create "Keynote"');
    click(button(modal, 'Create stepping stone'));
    await idle(plugin);
    const graph = plugin.index.graph();
    expect(graph.problems).toEqual([]);
    expect(graph.byId.get('Work Model/Stepping stones/Public speaking.md')).toMatchObject({
      category: 'experience',
      status: 'building',
    });
    expect(graph.edges.filter((e) => e.kind === 'supports').map((e) => e.to)).toEqual([
      'Lead.md',
      'Work Model/Outcomes/Keynote.md',
    ]);
  });
});
