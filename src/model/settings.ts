import * as z from 'zod/mini';
import { once } from './once';
import { KINDS, routeStatus, type RouteStatus } from './read/note-schemas';
import { describeValue, isFrontmatterMap } from './read/properties';

/** Why a value is refused, from the value itself: `"yes" is not true or false`. */
const refusal = (reason: (value: string) => string) => ({
  error: (issue: { input?: unknown }) => reason(describeValue(issue.input)),
});

/** Every setting of the plugin as one schema, built on first use. */
const settingsSchema = once(() => {
  const d = DEFAULTS;

  /** Text, normalised, then held to each [test, reason] in turn (the first failing one is named). */
  const text = (normalise: (s: string) => string, ...checks: [(s: string) => boolean, string][]) =>
    z
      .string(refusal((v) => `${v} is not text`))
      .check(
        z.overwrite(normalise),
        ...checks.map(([test, reason]) => z.refine<string>(test, reason)),
      );

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
  const notePath = text(trimmed, [
    (p) => !p.replace(/\\/g, '/').split('/').includes('..'),
    'a note of the vault cannot be named with ".."',
  ]);

  /** A whole number in [min, max]; NaN, Infinity, fractions and text are refused alike. */
  const wholeNumber = (min: number, max: number, unit: string) => {
    const reason = `a number of ${unit} from ${min} to ${max}`;
    return z
      .number({ error: reason })
      .check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, reason));
  };

  const bool = z.boolean(refusal((v) => `${v} is not true or false`));

  /** One value, or its default when it is missing. */
  const value = <S extends z.ZodMiniType>(
    schema: S,
    fallback: z.core.util.NoUndefined<z.output<S>>,
  ) => z._default(schema, fallback);

  /** A list of values, or a fresh copy of its default when it is missing. */
  const list = <S extends z.ZodMiniType>(item: S, fallback: readonly z.output<S>[]) =>
    z._default(
      z.array(
        item,
        refusal((v) => `${v} is not a list`),
      ),
      () => [...fallback],
    );

  /**
   * Settings under one key, each read from its own key only (inherited keys such as
   * `constructor` are not read, `__proto__` is never copied); unknown keys are dropped.
   */
  const group = <S extends z.core.$ZodLooseShape>(shape: S) =>
    z.pipe(
      z.transform((raw: unknown) =>
        raw === undefined
          ? {}
          : isFrontmatterMap(raw)
            ? Object.fromEntries(Object.entries(raw))
            : raw,
      ),
      z.object(
        shape,
        refusal((v) => `${v} is not a group of settings`),
      ),
    );

  return group({
    tags: group({
      outcome: value(tag, d.tags.outcome),
      skill: value(tag, d.tags.skill),
      route: value(tag, d.tags.route),
      revision: value(tag, d.tags.revision),
    }),
    properties: group({
      supports: value(propertyName, d.properties.supports),
      outcomes: value(propertyName, d.properties.outcomes),
      steps: value(propertyName, d.properties.steps),
      evidence: value(propertyName, d.properties.evidence),
    }),
    folders: group({
      outcomes: value(folder, d.folders.outcomes),
      skills: value(folder, d.folders.skills),
      routes: value(folder, d.folders.routes),
      revisions: value(folder, d.folders.revisions),
    }),
    journalFolders: list(folder, d.journalFolders),
    journalBodyLinks: value(bool, d.journalBodyLinks),
    revisionTemplate: value(notePath, d.revisionTemplate),
    revisionFileFormat: value(
      text((f) => f, [(f) => f.trim().length > 0, 'a file name format cannot be empty']),
      d.revisionFileFormat,
    ),
    revisionCadenceDays: value(wholeNumber(1, 365, 'days'), d.revisionCadenceDays),
    staleDays: value(wholeNumber(1, 3650, 'days'), d.staleDays),
    activityDays: value(wholeNumber(1, 3650, 'days'), d.activityDays),
    advancementDays: value(wholeNumber(1, 3650, 'days'), d.advancementDays),
    view: group({
      nodeCap: value(wholeNumber(50, 20000, 'nodes'), d.view.nodeCap),
      showEvidence: value(bool, d.view.showEvidence),
      showStale: value(bool, d.view.showStale),
      hiddenRouteStatuses: list(
        z.enum(
          routeStatus.options,
          refusal(
            (v) => `${v} is not a route status; use one of: ${routeStatus.options.join(', ')}`,
          ),
        ),
        d.view.hiddenRouteStatuses,
      ),
    }),
  });
});

export type Settings = z.output<ReturnType<typeof settingsSchema>>;

/** Every setting's default: what a new vault starts with, and what a refused value falls back to. */
const DEFAULTS = {
  tags: {
    outcome: KINDS.outcome.tag,
    skill: KINDS.skill.tag,
    route: KINDS.route.tag,
    revision: KINDS.revision.tag,
  },
  properties: {
    supports: 'supports',
    outcomes: 'outcomes',
    steps: 'steps',
    evidence: 'evidence',
  },
  folders: {
    outcomes: KINDS.outcome.folder,
    skills: KINDS.skill.folder,
    routes: KINDS.route.folder,
    revisions: KINDS.revision.folder,
  },
  /** Folders whose notes count body links to model notes as evidence. */
  journalFolders: ['Journal'],
  journalBodyLinks: true,
  /** Vault path of a note used as the revision template; "" means the built-in template. */
  revisionTemplate: '',
  /** Moment.js-style format of revision file names. */
  revisionFileFormat: 'YYYY-MM-DD [revision]',
  revisionCadenceDays: 30,
  staleDays: 60,
  /** The activity window (days, today included): recent effort and learning. */
  activityDays: 30,
  /** The advancement window (days, today included): progress, which moves in months. */
  advancementDays: 180,
  view: {
    nodeCap: 5000,
    showEvidence: false,
    showStale: true,
    hiddenRouteStatuses: ['dropped', 'reached'] satisfies RouteStatus[],
  },
};

export const DEFAULT_SETTINGS: Settings = DEFAULTS;

/** `raw` with the value at `path` left out, copying only the groups along the way. */
function without(raw: unknown, path: readonly PropertyKey[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined || !isFrontmatterMap(raw)) return undefined;
  const copy = Object.fromEntries(Object.entries(raw));
  copy[String(key)] = rest.length === 0 ? undefined : without(copy[String(key)], rest);
  return copy;
}

/**
 * Reads settings in one pass of the schema; when it refuses values, names each (first reason
 * per path) and reads again without them, so each bad value falls back to its default. A bad
 * item of a list sets the whole list back.
 */
function readSettings(raw: unknown, errors: string[]): Settings {
  const schema = settingsSchema();
  const first = schema.safeParse(raw);
  if (first.success) return first.data;
  let repaired = raw;
  const named = new Set<string>();
  for (const issue of first.error.issues) {
    const path = issue.path.join('.');
    if (named.has(path)) continue;
    named.add(path);
    errors.push(`${path || 'settings'}: ${issue.message}`);
    const item = issue.path.findIndex((k) => typeof k === 'number');
    repaired = without(repaired, item < 0 ? issue.path : issue.path.slice(0, item));
  }
  const second = schema.safeParse(repaired);
  return second.success ? second.data : structuredClone(DEFAULT_SETTINGS);
}

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
  const settings = readSettings(migrate(raw ?? undefined), errors);
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
