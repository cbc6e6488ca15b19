import { Modal, normalizePath, Notice, Setting, TFile, type App } from 'obsidian';
import {
  addEvidenceLinks,
  draftEvidenceNote,
  getProperty,
  refuseEvidence,
  signal as signalSchema,
  type Day,
  type RecordedEvidence,
  type Signal,
} from '../model';
import { readDailyNotes } from './daily-notes';
import { enumDropdown } from './form-modal';
import { formatDate } from './format-date';
import type { LiveIndex } from './live-index';
import { NotePicker } from './note-picker';
import { hasBrokenYaml } from './note-input';
import { vaultLookup, pickerOptions } from './vault-lookup';
import { createNotes } from './write-notes';

/** Properties a capture writes; a daily note holding any of them is not written into. */
const CAPTURE_KEYS = ['signal', 'summary', 'lesson'];

/** Today's daily note when it exists, in the user's Daily notes (or Periodic Notes) settings. */
function todaysDailyNote(app: App, today: Day): TFile | null {
  const daily = readDailyNotes(app);
  if (!daily) return null;
  const name = formatDate({ day: today }, daily.format);
  return app.vault.getFileByPath(normalizePath(`${daily.folder}/${name}.md`));
}

/** Whether a capture may go into `file`'s frontmatter: readable, and no capture there yet. */
function takesCapture(app: App, file: TFile): boolean {
  const cache = app.metadataCache.getFileCache(file);
  if (hasBrokenYaml(cache)) return false;
  const fm = cache?.frontmatter ?? {};
  return CAPTURE_KEYS.every((key) => getProperty(fm, key) === null);
}

/**
 * Writes a capture: into today's daily note when it is for today and that note exists and
 * holds no signal yet (through `processFrontMatter`), else as a new note in the journal
 * folder. Never overwrites. Returns the path written, or null when refused.
 */
export async function recordEvidence(
  app: App,
  index: LiveIndex,
  fields: RecordedEvidence,
  today: Day,
): Promise<string | null> {
  const refused = refuseEvidence(fields);
  if (refused) {
    new Notice(refused);
    return null;
  }
  const daily = fields.date === today ? todaysDailyNote(app, today) : null;
  if (daily && takesCapture(app, daily)) {
    const links = fields.targets.flatMap((path) => {
      const target = app.vault.getFileByPath(path);
      return target
        ? [{ link: `[[${app.metadataCache.fileToLinktext(target, daily.path, true)}]]`, path }]
        : [];
    });
    const field = index.settings.properties.evidence;
    const resolve = (linkpath: string) => index.resolve(linkpath, daily.path);
    await app.fileManager.processFrontMatter(daily, (fm: Record<string, unknown>) => {
      addEvidenceLinks(fm, { field, links, signal: fields.signal, resolve });
      fm.summary = fields.happened.trim();
      if (fields.lesson.trim()) fm.lesson = fields.lesson.trim();
    });
    new Notice(`Recorded in ${daily.basename}.`);
    return daily.path;
  }
  const draft = draftEvidenceNote(fields, index.settings, vaultLookup(app, index));
  if (!draft.ok) {
    new Notice(draft.message);
    return null;
  }
  try {
    const [file] = await createNotes(app, draft.drafts);
    new Notice(`Recorded as ${file?.basename ?? 'a new note'}.`);
    return file?.path ?? null;
  } catch (e) {
    new Notice(e instanceof Error ? e.message : String(e));
    return null;
  }
}

/**
 * Record evidence: one line saying what happened, its signal, what it taught, the model notes
 * it concerns (fuzzy search) and its day (today unless changed).
 */
export class RecordEvidenceModal extends Modal {
  picker!: NotePicker;
  private happened = '';
  private signal: Signal = 'win';
  private lesson = '';
  private date: string;

  constructor(
    app: App,
    private readonly index: LiveIndex,
    private readonly today: Day,
    /** Model notes already chosen: the note whose menu opened it. */
    private readonly targets: readonly string[] = [],
  ) {
    super(app);
    this.date = today;
  }

  override onOpen(): void {
    this.setTitle('Record evidence');
    this.modalEl.addClass('work-model-modal');
    let first: HTMLInputElement | null = null;
    new Setting(this.contentEl)
      .setName('What happened')
      .setDesc('One line: a win, a setback, an insight or a shift.')
      .addText((t) => {
        first = t.inputEl;
        t.onChange((v) => (this.happened = v));
      });
    enumDropdown(this.contentEl, 'Signal', signalSchema.options, 'win', false, (v) => {
      this.signal = v ?? 'win';
    });
    new Setting(this.contentEl)
      .setName('Lesson')
      .setDesc('What it taught, or which assumption it tests. Optional.')
      .addText((t) => t.onChange((v) => (this.lesson = v)));
    this.picker = new NotePicker(this.contentEl, this.app, {
      name: 'Concerns',
      desc: 'The outcomes, stepping stones or routes it tells something about.',
      placeholder: 'Find a model note…',
      options: pickerOptions(this.index, ['route', 'skill', 'outcome']),
      allowNew: false,
      ordered: false,
    });
    for (const path of this.targets) this.picker.add({ path });
    new Setting(this.contentEl)
      .setName('Date')
      .setDesc('The day it happened; today unless you change it.')
      .addText((t) => t.setValue(this.date).onChange((v) => (this.date = v.trim())));
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText('Record')
        .setCta()
        .onClick(() => void this.submit()),
    );
    (first as HTMLInputElement | null)?.focus();
  }

  async submit(): Promise<void> {
    const fields: RecordedEvidence = {
      happened: this.happened,
      signal: this.signal,
      lesson: this.lesson,
      targets: this.picker.choices.flatMap((c) => ('path' in c ? [c.path] : [])),
      date: this.date,
    };
    const refused = refuseEvidence(fields);
    if (refused) {
      new Notice(refused);
      return;
    }
    this.close();
    await recordEvidence(this.app, this.index, fields, this.today);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
