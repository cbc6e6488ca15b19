import { KINDS, routeStatus, type Vocabulary } from './read/note-schemas';
import { describeValue, isFrontmatterMap } from './read/properties';

// Read by hand rather than with a schema library: zod/mini cost 28 KB of main.js's 150 KB
// mobile budget for this one object (docs/adr/0002-settings-without-zod.md).

/** Why a value cannot be read as a setting; the reason is shown to the user. */
class Refusal {
  constructor(readonly reason: string) {}
}

/** Reads one value: the value to keep (normalised), or why it is refused. */
type Rule<T> = (raw: unknown) => T | Refusal;

/**
 * Reads a setting, or a group of settings, at `path`. Never throws: a missing value gives its
 * default, a bad one gives its default and a "path: reason" line in `errors`.
 */
type Setting<T> = (raw: unknown, path: string, errors: string[]) => T;

/** Text, normalised, then held to each [test, reason] in turn. */
const text =
  (normalise: (s: string) => string, ...checks: [(s: string) => boolean, string][]): Rule<string> =>
  (raw) => {
    if (typeof raw !== 'string') return new Refusal(`${describeValue(raw)} is not text`);
    const s = normalise(raw);
    const failed = checks.find(([test]) => !test(s));
    return failed ? new Refusal(failed[1]) : s;
  };

const trimmed = (s: string) => s.trim();

/** A tag as the user types it: `work/skill` or `#work/skill`; stored without `#`, lower case. */
const tag = text(
  (t) => t.trim().replace(/^#/, '').toLowerCase(),
  [(t) => /^[^\s#,]+$/.test(t), 'a tag is one word without spaces, commas or #'],
);

/** A frontmatter property name. */
const propertyName = text(
  trimmed,
  [(p) => p.length > 0, 'a property name cannot be empty'],
  [(p) => !/[:\n]/.test(p), 'a property name cannot contain ":" or line breaks'],
);

/** A vault folder, `/`-separated, without leading or trailing slash; "" is the vault root. */
const folder = text(
  (f) =>
    f
      .trim()
      .replace(/\\/g, '/')
      .replace(/^\/+|\/+$/g, ''),
  [(f) => !f.split('/').includes('..'), 'a folder cannot contain ".."'],
  [
    (f) => !f.split('/').some((part) => part.startsWith('.')),
    'a folder cannot be hidden (a name starting with "."): Obsidian reads no notes there',
  ],
);

/** A note of the vault, by path; "" for none. */
const notePathSetting = text(trimmed, [
  (p) => !p.replace(/\\/g, '/').split('/').includes('..'),
  'a note of the vault cannot be named with ".."',
]);

/** A whole number in [min, max]; NaN, Infinity, fractions and text are refused alike. */
const wholeNumber =
  (min: number, max: number, unit: string): Rule<number> =>
  (raw) =>
    typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max
      ? raw
      : new Refusal(`a number of ${unit} from ${min} to ${max}`);

const bool: Rule<boolean> = (raw) =>
  typeof raw === 'boolean' ? raw : new Refusal(`${describeValue(raw)} is not true or false`);

const oneOf =
  <T extends string>(vocabulary: Vocabulary<T>, noun: string): Rule<T> =>
  (raw) =>
    vocabulary.options.find((o) => o === raw) ??
    new Refusal(
      `${describeValue(raw)} is not a ${noun}; use one of: ${vocabulary.options.join(', ')}`,
    );

/** One value with its default. */
const value =
  <T>(rule: Rule<T>, fallback: T): Setting<T> =>
  (raw, path, errors) => {
    if (raw === undefined) return fallback;
    const read = rule(raw);
    if (!(read instanceof Refusal)) return read;
    errors.push(`${path}: ${read.reason}`);
    return fallback;
  };

/** A list of values with its default; one bad item sets the whole list back to it. */
const list =
  <T>(rule: Rule<T>, fallback: readonly T[]): Setting<T[]> =>
  (raw, path, errors) => {
    if (raw === undefined) return [...fallback];
    if (!Array.isArray(raw)) {
      errors.push(`${path}: ${describeValue(raw)} is not a list`);
      return [...fallback];
    }
    const items: T[] = [];
    const before = errors.length;
    // By index, not forEach, so a hole in a sparse list is refused rather than skipped.
    for (let i = 0; i < raw.length; i++) {
      const read = rule(raw[i]);
      if (read instanceof Refusal) errors.push(`${path}.${i}: ${read.reason}`);
      else items.push(read);
    }
    return errors.length > before ? [...fallback] : items;
  };

/**
 * Settings under one key, each read from its own key only (inherited keys such as
 * `constructor` are not read, `__proto__` is never copied); unknown keys are dropped.
 */
const group =
  <S extends Record<string, Setting<unknown>>>(
    settings: S,
  ): Setting<{ [K in keyof S]: ReturnType<S[K]> }> =>
  (raw, path, errors) => {
    const given = raw === undefined ? {} : raw;
    const map = isFrontmatterMap(given) ? given : {};
    if (map !== given)
      errors.push(`${path || 'settings'}: ${describeValue(raw)} is not a group of settings`);
    const out: Record<string, unknown> = {};
    for (const [key, setting] of Object.entries(settings)) {
      const own = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
      out[key] = setting(own, path ? `${path}.${key}` : key, errors);
    }
    return out as { [K in keyof S]: ReturnType<S[K]> };
  };

/** Every setting of the plugin, with its default. The CLI's `--config` reads the same JSON. */
const readSettings = group({
  tags: group({
    outcome: value(tag, KINDS.outcome.tag),
    skill: value(tag, KINDS.skill.tag),
    route: value(tag, KINDS.route.tag),
    revision: value(tag, KINDS.revision.tag),
  }),
  properties: group({
    supports: value(propertyName, 'supports'),
    outcomes: value(propertyName, 'outcomes'),
    steps: value(propertyName, 'steps'),
    evidence: value(propertyName, 'evidence'),
  }),
  folders: group({
    outcomes: value(folder, KINDS.outcome.folder),
    skills: value(folder, KINDS.skill.folder),
    routes: value(folder, KINDS.route.folder),
    revisions: value(folder, KINDS.revision.folder),
  }),
  /** Folders whose notes count body links to model notes as evidence. */
  journalFolders: list(folder, ['Journal']),
  journalBodyLinks: value(bool, true),
  /** Vault path of a note used as the revision template; "" means the built-in template. */
  revisionTemplate: value(notePathSetting, ''),
  /** Moment.js-style format of revision file names. */
  revisionFileFormat: value(
    text((f) => f, [(f) => f.trim().length > 0, 'a file name format cannot be empty']),
    'YYYY-MM-DD [revision]',
  ),
  revisionCadenceDays: value(wholeNumber(1, 365, 'days'), 30),
  staleDays: value(wholeNumber(1, 3650, 'days'), 60),
  /** The activity window (days, today included): recent effort and learning. */
  activityDays: value(wholeNumber(1, 3650, 'days'), 30),
  /** The advancement window (days, today included): progress, which moves in months. */
  advancementDays: value(wholeNumber(1, 3650, 'days'), 180),
  view: group({
    nodeCap: value(wholeNumber(50, 20000, 'nodes'), 2000),
    showEvidence: value(bool, false),
    showStale: value(bool, true),
    hiddenRouteStatuses: list(oneOf(routeStatus, 'route status'), ['paused', 'dropped']),
  }),
});

export type Settings = ReturnType<typeof readSettings>;

/**
 * Each kind needs a tag of its own: a note tagged with a tag two kinds share, or one nested
 * below another kind's, is read as the first kind only, so such notes (a revision among them)
 * would be written and never counted. Such tags are set back to their defaults, and named.
 */
function checkTagsApart(settings: Settings, errors: string[]): void {
  const kinds = Object.keys(settings.tags) as (keyof Settings['tags'])[];
  const clash = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  for (const [i, kind] of kinds.entries()) {
    const other = kinds.slice(0, i).find((k) => clash(settings.tags[k], settings.tags[kind]));
    if (other === undefined) continue;
    errors.push(
      `tags.${kind}: "${settings.tags[kind]}" is also, or is nested in, the ${other} tag "${settings.tags[other]}"; give each kind a tag of its own`,
    );
    for (const k of kinds) settings.tags[k] = KINDS[k].tag;
    return;
  }
}

export const DEFAULT_SETTINGS: Settings = readSettings({}, '', []);

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Validates saved or user-typed settings. Unknown keys are dropped; each bad value is
 * reported as "path: reason" so the settings tab and the CLI can say what to fix.
 */
export function parseSettings(raw: unknown): SettingsResult {
  const { settings, errors } = repairSettings(raw);
  return errors.length === 0 ? { ok: true, settings } : { ok: false, errors };
}

/**
 * Settings from a saved data.json that may hold bad values (edited by hand, or from an older
 * version): each bad value falls back to its default, and is named in `errors`.
 */
export function repairSettings(raw: unknown): { settings: Settings; errors: string[] } {
  const errors: string[] = [];
  const settings = readSettings(migrate(raw ?? {}), '', errors);
  checkTagsApart(settings, errors);
  return { settings, errors };
}

/**
 * Settings saved by an older version, in today's keys: the single window `momentumDays`
 * counted activity, so it becomes the activity window (the advancement window is new).
 */
function migrate(raw: unknown): unknown {
  if (!isFrontmatterMap(raw) || !Object.prototype.hasOwnProperty.call(raw, 'momentumDays'))
    return raw;
  const { momentumDays, ...rest } = raw;
  return Object.prototype.hasOwnProperty.call(rest, 'activityDays')
    ? rest
    : { ...rest, activityDays: momentumDays };
}
