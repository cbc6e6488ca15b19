// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type WorkModelPlugin from '../../src/main';
import type { RecordEvidenceModal } from '../../src/obsidian/record-evidence';
import {
  appWith,
  click,
  field,
  idle,
  input,
  lastNotice,
  loadPlugin,
  runCommand,
  suggestions,
  topModal,
  type,
} from './harness';
import { Modal, type App } from './stand-in/obsidian';

const model = {
  'Lead.md': '---\ntags: [work/outcome]\n---\n',
  'Talks.md': '---\ntags: [work/skill]\nstatus: building\n---\n',
};

/** Fills in Record evidence as a user does and presses Record. */
async function record(
  plugin: WorkModelPlugin,
  fields: {
    happened: string;
    signal?: string;
    lesson?: string;
    concerns?: string[];
    date?: string;
  },
): Promise<void> {
  runCommand(plugin, 'record-evidence');
  const modal = topModal<RecordEvidenceModal>();
  type(input(modal, 'What happened'), fields.happened);
  if (fields.signal) {
    const select = field(modal, 'Signal').querySelector('select') as HTMLSelectElement;
    select.value = fields.signal;
    select.dispatchEvent(new Event('change'));
  }
  if (fields.lesson) type(input(modal, 'Lesson'), fields.lesson);
  for (const name of fields.concerns ?? []) {
    type(modal.picker.inputEl, name);
    click(suggestions().find((s) => s.textContent?.startsWith(name)));
  }
  if (fields.date) type(input(modal, 'Date'), fields.date);
  click([...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Record'));
  await idle(plugin);
}

const dailyNotesIn = (app: App, folder: string, format: string) => {
  app.internalPlugins.byId['daily-notes'] = {
    enabled: true,
    instance: { options: { folder, format } },
  };
};

beforeEach(() => {
  Modal.openModals.length = 0;
});

// The stand-in clock's today is 2026-06-01.
describe('Record evidence', () => {
  it('should write a journal note named by its day and first words, which the model reads as evidence', async () => {
    const app = appWith(model);
    const plugin = await loadPlugin(app);
    await record(plugin, {
      happened: 'Gave the talk at the design meetup, and two people asked for the slides',
      signal: 'win',
      lesson: 'Start with the story',
      concerns: ['Talks', 'Lead'],
    });
    const path = 'Journal/2026-06-01 Gave the talk at the design.md';
    expect(app.metadataCache.getCache(path)?.frontmatter).toEqual({
      evidence: ['[[Talks]]', '[[Lead]]'],
      signal: 'win',
      date: '2026-06-01',
      summary: 'Gave the talk at the design meetup, and two people asked for the slides',
      lesson: 'Start with the story',
    });
    expect(plugin.index.graph().evidence).toEqual([
      expect.objectContaining({ file: path, date: '2026-06-01', signal: 'win' }) as unknown,
    ]);
    expect(lastNotice()).toBe('Recorded as 2026-06-01 Gave the talk at the design.');
  });

  it('should take the day given instead of today', async () => {
    const app = appWith(model);
    const plugin = await loadPlugin(app);
    await record(plugin, {
      happened: 'Rejected',
      signal: 'setback',
      concerns: ['Lead'],
      date: '2026-05-28',
    });
    expect(app.metadataCache.getCache('Journal/2026-05-28 Rejected.md')?.frontmatter).toMatchObject(
      {
        signal: 'setback',
        date: '2026-05-28',
      },
    );
  });

  it("should go into today's daily note when it exists without a signal, leaving its body as it was", async () => {
    const app = appWith({ ...model, 'Daily/01-06-2026.md': '---\nmood: good\n---\nSunny.\n' });
    dailyNotesIn(app, 'Daily', 'DD-MM-YYYY');
    const plugin = await loadPlugin(app);
    const files = app.vault.getFiles().length;
    await record(plugin, { happened: 'Offer from the co-op', signal: 'win', concerns: ['Lead'] });
    expect(app.vault.getFiles()).toHaveLength(files);
    expect(app.metadataCache.getCache('Daily/01-06-2026.md')?.frontmatter).toEqual({
      mood: 'good',
      evidence: ['[[Lead]]'],
      signal: 'win',
      summary: 'Offer from the co-op',
    });
    expect(app.vault.text('Daily/01-06-2026.md')?.endsWith('---\nSunny.\n')).toBe(true);
    expect(lastNotice()).toBe('Recorded in 01-06-2026.');
  });

  it('should write a note of its own when the daily note already has a signal', async () => {
    const daily = '---\nsignal: setback\n---\nRain.\n';
    const app = appWith({ ...model, 'Daily/2026-06-01.md': daily });
    dailyNotesIn(app, 'Daily', 'YYYY-MM-DD');
    const plugin = await loadPlugin(app);
    await record(plugin, {
      happened: 'Insight about pacing',
      signal: 'insight',
      concerns: ['Talks'],
    });
    expect(app.vault.text('Daily/2026-06-01.md')).toBe(daily);
    expect(app.vault.getFileByPath('Journal/2026-06-01 Insight about pacing.md')).not.toBeNull();
  });

  it('should never overwrite a note: a taken name gets a number', async () => {
    const taken = '---\nsignal: win\n---\nMine.\n';
    const app = appWith({ ...model, 'Journal/2026-06-01 Offer.md': taken });
    const plugin = await loadPlugin(app);
    await record(plugin, { happened: 'Offer', signal: 'win', concerns: ['Lead'] });
    expect(app.vault.text('Journal/2026-06-01 Offer.md')).toBe(taken);
    expect(app.vault.getFileByPath('Journal/2026-06-01 Offer 2.md')).not.toBeNull();
  });

  it.each([
    [{ happened: '', concerns: ['Lead'] }, 'Say in one line what happened.'],
    [{ happened: 'Offer', concerns: [] }, 'Pick at least one outcome, stepping stone or route.'],
    [
      { happened: 'Offer', concerns: ['Lead'], date: 'May 3' },
      '"May 3" is not a date. Write YYYY-MM-DD.',
    ],
  ])('should refuse %j with a message and write nothing', async (fields, message) => {
    const app = appWith(model);
    const plugin = await loadPlugin(app);
    const files = app.vault.getFiles().length;
    await record(plugin, fields);
    expect(lastNotice()).toBe(message);
    expect(app.vault.getFiles()).toHaveLength(files);
  });
});
