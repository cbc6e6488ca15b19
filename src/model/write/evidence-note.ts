import { isDay, type Day } from '../dates';
import type { Signal } from '../read/note-schemas';
import type { Settings } from '../settings';
import { Drafting, type DraftResult, type VaultLookup } from './drafts';
import { cleanNoteName } from './file-names';
import { frontmatterText } from './yaml-text';

/** What Record evidence asks for: one line, its signal, what it taught, the notes, the day. */
export interface RecordedEvidence {
  /** One line saying what happened. */
  happened: string;
  signal: Signal;
  /** What it taught, or which assumption it tests; may be empty. */
  lesson: string;
  /** Paths of the model notes it concerns. */
  targets: string[];
  date: Day;
}

/** A file name takes the first few words of what happened. */
const NAME_WORDS = 6;

/** Why a capture cannot be written; null when it can. */
export function refuseEvidence(fields: RecordedEvidence): string | null {
  if (fields.happened.trim() === '') return 'Say in one line what happened.';
  if (!isDay(fields.date)) return `"${fields.date}" is not a date. Write YYYY-MM-DD.`;
  if (fields.targets.length === 0) return 'Pick at least one outcome, stepping stone or route.';
  return null;
}

/**
 * The note a capture becomes: `YYYY-MM-DD <first words>.md` in the first journal folder
 * (a taken name gets a number, never an overwrite), with its evidence, signal, date, summary
 * and lesson as properties and the line itself as the body.
 */
export function draftEvidenceNote(
  fields: RecordedEvidence,
  settings: Settings,
  vault: VaultLookup,
): DraftResult {
  const refused = refuseEvidence(fields);
  if (refused) return { ok: false, message: refused };
  const happened = fields.happened.trim();
  const words = happened.split(/\s+/).slice(0, NAME_WORDS).join(' ');
  const clean = cleanNoteName(`${fields.date} ${words}`);
  const name = clean.ok ? clean.name : fields.date;
  const d = new Drafting(settings, vault);
  const path = d.freePath(name, settings.journalFolders[0] ?? '');
  const fm = frontmatterText({
    [settings.properties.evidence]: fields.targets.map((p) => d.linkTo(p, path)),
    signal: fields.signal,
    date: fields.date,
    summary: happened,
    lesson: fields.lesson.trim() || undefined,
  });
  return { ok: true, drafts: [{ path, content: `${fm}\n${happened}\n` }] };
}
