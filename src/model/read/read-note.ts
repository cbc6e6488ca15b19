import { dayInFileName, dayOfTime, toDay, toHorizon, type Day } from '../dates';
import type { LinkRef } from './link-text';
import { readLinkList } from './link-values';
import type { NoteInput } from './note-input';
import * as schemas from './note-schemas';
import { DEFAULTS, KINDS, type ModelKind, type NoteProps, type Signal } from './note-schemas';
import { warning, type Problem } from '../problem';
import { describeValue, getProperty, isFrontmatterMap, type Frontmatter } from './properties';
import { readEnum } from './read-enum';
import { readGauges } from './read-gauges';
import type { Settings } from '../settings';
import { NO_DAILY_NOTES, type DailyNoteDay } from './daily-notes';
import { kindsOfTags, readTags } from './tags';
import { parseLinktext } from './link-text';
import { article } from '../words';
import { excerptOf } from './excerpt';
import { LIMITS, tooLarge } from './limits';
import { lowerCase, startsWithLower } from './lower-case';

/** A link-valued property of a model note and the kind its links must point at. */
export interface LinkField {
  field: string;
  expects: ModelKind;
  refs: readonly LinkRef[];
}

/** Evidence a note gives: links from its `evidence` property and, in journals, its body. */
export interface EvidenceSource {
  field: string;
  refs: readonly LinkRef[];
  bodyRefs: readonly LinkRef[];
  signal: Signal | null;
  date: Day;
  /** What happened, in the note's words: its `summary`, else its body's first paragraph. */
  happened: string | null;
  /** What it taught, or which assumption it tests: its `lesson`. */
  lesson: string | null;
}

/** Everything the model takes from one note; depends on that note (and settings) alone. */
export interface ParsedNote {
  path: string;
  mtime: number;
  aliases: readonly string[];
  /** Null for notes that are not model notes (journals, unrelated notes, other files). */
  props: NoteProps | null;
  links: readonly LinkField[];
  evidence: EvidenceSource | null;
  problems: readonly Problem[];
}

/**
 * The empty list every note without aliases, links or problems shares. Most notes a full index
 * keeps are journal notes with none of them, whose own empty lists made up a quarter of what
 * the index of such a vault holds on to.
 */
const NONE: readonly never[] = [];

/** Journal folder prefixes (`journal/`), lower case, for the settings last asked about. */
let journalPrefixes: { settings: Settings; prefixes: string[] } | null = null;

/** True when the note's body links count as evidence: it lies in a journal folder. */
export function isJournalNote(path: string, settings: Settings): boolean {
  if (!settings.journalBodyLinks) return false;
  // One settings object at a time: this runs for every file, and a lookup by settings costs
  // as much as the test itself.
  if (journalPrefixes?.settings !== settings) {
    const prefixes = settings.journalFolders.map((f) => (f ? `${f.toLowerCase()}/` : ''));
    journalPrefixes = { settings, prefixes };
  }
  for (const p of journalPrefixes.prefixes) if (p === '' || startsWithLower(path, p)) return true;
  return false;
}

/** Whether the notes directly inside `folder` ('' for the vault's root) are journal notes. */
export function isJournalFolder(folder: string, settings: Settings): boolean {
  // Only a note's folder decides: ask for any name inside it.
  return isJournalNote(folder === '' ? 'x' : `${folder}/x`, settings);
}

/**
 * True when a note cannot matter to the model, decided without reading it: no problem to
 * report, no kind tag, no aliases, no evidence, not a journal note with body links. Most
 * notes of a vault are such notes, so this check is kept to one pass over the keys.
 */
export function isPlainNote(input: NoteInput, settings: Settings): boolean {
  if (input.readError || input.frontmatterError || input.tooLarge) return false;
  if ((input.size ?? 0) > LIMITS.fileBytes) return false;
  if ((input.bodyLinks?.length ?? 0) > 0 && isJournalNote(input.path, settings)) return false;
  return isPlainFrontmatter(input.frontmatter, settings);
}

/** The frontmatter half of `isPlainNote`, for callers that have not built a NoteInput yet. */
export function isPlainFrontmatter(fm: unknown, settings: Settings): boolean {
  if (fm === undefined || fm === null) return true;
  if (!isFrontmatterMap(fm)) return false;
  const names = plainCheckOf(settings);
  for (const key in fm) {
    // Only keys of the right length and first letter can be one of those names: most keys
    // (`created`, `source`) are passed over without being lower-cased. Past ASCII, lower case
    // can change a letter, so such keys are always compared.
    const n = key.length;
    if (n !== 3 && n !== 4 && n !== 5 && n !== 7 && n !== names.evidence.length) continue;
    const c = key.charCodeAt(0) | 32;
    if (c < 128 && c !== 97 && c !== 116 && c !== names.evidenceFirst) continue; // a, t
    const k = lowerCase(key);
    if (k === 'aliases' || k === 'alias' || k === names.evidence) return false;
    if ((k === 'tags' || k === 'tag') && mayNameAKind(fm[key], names)) return false;
  }
  return true;
}

/** What `isPlainFrontmatter` compares keys and tags with, for one settings object. */
interface PlainCheck {
  settings: Settings;
  evidence: string;
  evidenceFirst: number;
  kindTags: readonly string[];
  /** The length of the shortest kind tag: shorter tags cannot hold one. */
  shortest: number;
}

/** Worked out once per settings object: the check runs for every note of a vault. */
let plainCheck: PlainCheck | null = null;
function plainCheckOf(settings: Settings): PlainCheck {
  if (plainCheck?.settings === settings) return plainCheck;
  const evidence = lowerCase(settings.properties.evidence);
  const t = settings.tags;
  const kindTags = [t.outcome, t.skill, t.route, t.revision];
  plainCheck = {
    settings,
    evidence,
    evidenceFirst: evidence.charCodeAt(0) | 32,
    kindTags,
    shortest: Math.min(...kindTags.map((k) => k.length)),
  };
  return plainCheck;
}

/**
 * A quick over-estimate: could these tags hold a kind tag? (`book` or `idea` cannot.) Looks
 * only at text and numbers, as readTags does, so nested lists (an alias bomb) cost nothing.
 */
function mayNameAKind(tags: unknown, names: PlainCheck): boolean {
  const items = Array.isArray(tags) ? (tags as unknown[]) : [tags];
  for (let i = 0; i < items.length && i < LIMITS.listItems; i++) {
    const item = items[i];
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    // Lower case at most doubles a text's length (`İ`): a text under half the shortest kind
    // tag cannot hold one, whatever its letters.
    if (typeof item === 'string' && item.length * 2 < names.shortest) continue;
    const text = lowerCase(typeof item === 'string' ? item : String(item));
    if (text.length < names.shortest) continue;
    for (const kindTag of names.kindTags) if (text.includes(kindTag)) return true;
  }
  return false;
}

/** `aliases: [A, B]` or `aliases: "A, B"` (or legacy `alias`), as Obsidian reads them. */
function readAliases(fm: Frontmatter): readonly string[] {
  const found = getProperty(fm, 'aliases') ?? getProperty(fm, 'alias');
  if (!found) return NONE;
  const items = Array.isArray(found.value) ? (found.value as unknown[]) : [found.value];
  return items
    .slice(0, LIMITS.listItems)
    .flatMap((v) =>
      typeof v === 'string' ? v.split(',') : typeof v === 'number' ? [String(v)] : [],
    )
    .map((a) => a.trim())
    .filter(Boolean);
}

function skipped(input: NoteInput, problem: Problem | null): ParsedNote {
  return {
    path: input.path,
    mtime: input.mtime,
    aliases: NONE,
    props: null,
    links: NONE,
    evidence: null,
    problems: problem ? [problem] : NONE,
  };
}

/**
 * Reads one note: its kind from tags, its typed properties with defaults, the raw links of its
 * link properties, and the evidence it gives. Never throws; every oddity becomes a problem.
 */
export function readNote(
  input: NoteInput,
  settings: Settings,
  dailyDay: DailyNoteDay = NO_DAILY_NOTES,
): ParsedNote {
  const { path } = input;
  if (input.readError) {
    return skipped(
      input,
      warning(
        path,
        null,
        `The file could not be read (${input.readError}); it is left out. Check that it exists and is readable.`,
      ),
    );
  }
  const large = input.tooLarge ?? tooLarge(input.frontmatter, input.size);
  if (large) {
    return skipped(
      input,
      warning(
        path,
        null,
        `The note is too large to read: ${large}; it is skipped. Split it, or shorten its properties.`,
      ),
    );
  }
  if (input.frontmatterError) {
    return skipped(
      input,
      warning(
        path,
        null,
        `The frontmatter is not valid YAML (${input.frontmatterError}); the note is skipped. Fix the YAML between the "---" lines.`,
      ),
    );
  }
  const raw = input.frontmatter;
  const bodyLinks = isJournalNote(path, settings) ? input.bodyLinks : undefined;
  const bodyRefs = bodyLinks?.length ? bodyLinks.map(parseLinktext) : NONE;
  const absent = raw === undefined || raw === null;
  if (absent || !isFrontmatterMap(raw)) {
    // No properties to read: only body links can count. Most such notes a full index reads are
    // journal notes, and going through every property of an empty map for each costs more.
    const parsed = skipped(
      input,
      absent
        ? null
        : warning(
            path,
            null,
            `The frontmatter is ${describeValue(raw)}, not a set of properties; its properties are ignored. Write one "name: value" per line.`,
          ),
    );
    if (bodyRefs.length > 0)
      parsed.evidence = evidenceOf(input, {}, settings, dailyDay, NONE, bodyRefs);
    return parsed;
  }
  const fm: Frontmatter = raw;
  const problems: Problem[] = [];
  const props = readProps(fm, input, settings, dailyDay, problems);
  const links = props ? readLinkFields(props.kind, fm, path, settings, problems) : NONE;
  const evidenceField = getProperty(fm, settings.properties.evidence);
  const evidenceList = evidenceField
    ? readLinkList(evidenceField.value, path, evidenceField.key)
    : { refs: NONE, problems: NONE };
  for (const p of evidenceList.problems) problems.push(p); // thousands: no spread
  const hasEvidence = evidenceList.refs.length > 0 || bodyRefs.length > 0;
  return {
    path,
    mtime: input.mtime,
    aliases: readAliases(fm),
    props,
    links,
    evidence: hasEvidence
      ? evidenceOf(
          input,
          fm,
          settings,
          dailyDay,
          evidenceList.refs,
          bodyRefs,
          problems,
          evidenceField?.key,
        )
      : null,
    problems: problems.length > 0 ? problems : NONE,
  };
}

function readProps(
  fm: Frontmatter,
  input: NoteInput,
  settings: Settings,
  dailyDay: DailyNoteDay,
  problems: Problem[],
): NoteProps | null {
  const file = input.path;
  const tags = readTags(fm);
  if (tags.length === 0) return null; // most notes the model reads are journals, without tags
  const kinds = kindsOfTags(tags, settings);
  const kind = kinds[0];
  if (!kind) return null;
  if (kinds.length > 1) {
    problems.push(
      warning(
        file,
        'tags',
        `The note has tags of several kinds (${kinds.join(', ')}); it is read as ${article(kind)}. Keep one kind tag.`,
      ),
    );
  }
  switch (kind) {
    case 'outcome': {
      const horizonField = getProperty(fm, 'horizon');
      let horizon: string | null = null;
      if (horizonField && horizonField.value !== null && horizonField.value !== '') {
        horizon = toHorizon(horizonField.value);
        if (horizon === null) {
          problems.push(
            warning(
              file,
              horizonField.key,
              `${describeValue(horizonField.value)} is not a date; it is ignored. Write YYYY, YYYY-MM or YYYY-MM-DD.`,
            ),
          );
        }
      }
      const d = DEFAULTS.outcome;
      return {
        kind,
        category: readEnum(fm, 'category', schemas.outcomeCategory, d.category, file, problems),
        horizon,
        status: readEnum(fm, 'status', schemas.outcomeStatus, d.status, file, problems) ?? d.status,
        resume: readDay(fm, 'resume', file, problems),
      };
    }
    case 'skill': {
      const d = DEFAULTS.skill;
      return {
        kind,
        category:
          readEnum(fm, 'category', schemas.skillCategory, d.category, file, problems) ?? d.category,
        status: readEnum(fm, 'status', schemas.skillStatus, d.status, file, problems) ?? d.status,
        completed: readDay(fm, 'completed', file, problems),
        resume: readDay(fm, 'resume', file, problems),
      };
    }
    case 'route': {
      const d = DEFAULTS.route;
      return {
        kind,
        status: readEnum(fm, 'status', schemas.routeStatus, d.status, file, problems) ?? d.status,
        risk: readEnum(fm, 'risk', schemas.routeRisk, d.risk, file, problems),
        resume: readDay(fm, 'resume', file, problems),
        gauges: readGauges(fm, file, problems),
      };
    }
    case 'revision':
      return { kind, date: readDate(fm, input, dailyDay, problems) };
  }
}

/** The link properties each kind has (names are settings) and what they must point at. */
function linkFieldsOf(
  kind: NoteProps['kind'],
  settings: Settings,
): { name: string; expects: ModelKind }[] {
  return KINDS[kind].links.map((l) => ({
    name: settings.properties[l.property],
    expects: l.expects,
  }));
}

function readLinkFields(
  kind: NoteProps['kind'],
  fm: Frontmatter,
  file: string,
  settings: Settings,
  problems: Problem[],
): LinkField[] {
  return linkFieldsOf(kind, settings).map(({ name, expects }) => {
    const found = getProperty(fm, name);
    const list = found
      ? readLinkList(found.value, file, found.key)
      : { refs: NONE, problems: NONE };
    for (const p of list.problems) problems.push(p);
    return { field: found?.key ?? name, expects, refs: list.refs };
  });
}

/** The evidence a note gives, dated as readDate says. */
function evidenceOf(
  input: NoteInput,
  fm: Frontmatter,
  settings: Settings,
  dailyDay: DailyNoteDay,
  refs: readonly LinkRef[],
  bodyRefs: readonly LinkRef[],
  problems: Problem[] = [],
  field = settings.properties.evidence,
): EvidenceSource {
  return {
    field,
    refs,
    bodyRefs,
    signal:
      refs.length > 0 ? readEnum(fm, 'signal', schemas.signal, null, input.path, problems) : null,
    date: readDate(fm, input, dailyDay, problems),
    happened: readText(fm, 'summary') ?? input.firstParagraph ?? null,
    lesson: readText(fm, 'lesson'),
  };
}

/** A text property on one line, cut as excerpts are; null when absent or empty. */
function readText(fm: Frontmatter, name: 'summary' | 'lesson'): string | null {
  const found = getProperty(fm, name);
  const value = found?.value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  return excerptOf(String(value));
}

/** A day-valued property (`completed`, `resume`); a value that is no day is named and ignored. */
function readDay(fm: Frontmatter, name: string, file: string, problems: Problem[]): Day | null {
  const found = getProperty(fm, name);
  if (!found || found.value === null || found.value === '') return null;
  const day = toDay(found.value);
  if (day === null)
    problems.push(
      warning(
        file,
        found.key,
        `${describeValue(found.value)} is not a date; it is ignored. Write YYYY-MM-DD.`,
      ),
    );
  return day;
}

/**
 * A note's day: the `date` property; else, for a daily note, the day its name gives in the
 * user's daily-note format; else a `YYYY-MM-DD` in the file name; else the modification day.
 */
function readDate(
  fm: Frontmatter,
  input: NoteInput,
  dailyDay: DailyNoteDay,
  problems: Problem[],
): Day {
  const dateField = getProperty(fm, 'date');
  const given = dateField && dateField.value !== null && dateField.value !== '';
  const date = given ? toDay(dateField.value) : null;
  if (date !== null) return date;
  const daily = dailyDay(input.path);
  const named = daily ?? dayInFileName(input.path);
  const fallback = named ?? dayOfTime(input.mtime);
  // Reported once per note, though a revision with evidence reads its date twice.
  if (given && !problems.some((p) => p.field === dateField.key)) {
    const source = daily
      ? "the daily note's date"
      : named
        ? 'the date in the file name'
        : "the file's modification day";
    problems.push(
      warning(
        input.path,
        dateField.key,
        `${describeValue(dateField.value)} is not a calendar day, so ${source}, ${fallback}, is used instead. Write YYYY-MM-DD.`,
      ),
    );
  }
  return fallback;
}
