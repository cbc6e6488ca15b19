import * as z from 'zod/mini';
import { KINDS, routeStatus } from './read/note-schemas';

// zod/mini: the same schemas as classic zod at a twentieth of the bundle size (main.js must
// stay small for mobile).

/** A tag as the user types it: `work/skill` or `#work/skill`; stored without `#`, lower case. */
const tag = z
  .pipe(
    z.string(),
    z.transform((t) => t.trim().replace(/^#/, '').toLowerCase()),
  )
  .check(z.refine((t) => /^[^\s#,]+$/.test(t), 'a tag is one word without spaces, commas or #'));

/** A frontmatter property name. */
const propertyName = z
  .pipe(
    z.string(),
    z.transform((p) => p.trim()),
  )
  .check(
    z.refine((p) => p.length > 0, 'a property name cannot be empty'),
    z.refine((p) => !/[:\n]/.test(p), 'a property name cannot contain ":" or line breaks'),
  );

/** A vault folder, `/`-separated, without leading or trailing slash; "" is the vault root. */
const folder = z
  .pipe(
    z.string(),
    z.transform((f) =>
      f
        .trim()
        .replace(/\\/g, '/')
        .replace(/^\/+|\/+$/g, ''),
    ),
  )
  .check(z.refine((f) => !f.split('/').includes('..'), 'a folder cannot contain ".."'));

const wholeNumber = (min: number, max: number, unit: string) => {
  const message = `a number of ${unit} from ${min} to ${max}`;
  return z.number(message).check(z.int(message), z.minimum(min, message), z.maximum(max, message));
};

/** Every setting of the plugin, with its default. The CLI's `--config` reads the same JSON. */
export const settingsSchema = z.object({
  tags: z.prefault(
    z.object({
      outcome: z._default(tag, KINDS.outcome.tag),
      skill: z._default(tag, KINDS.skill.tag),
      route: z._default(tag, KINDS.route.tag),
      revision: z._default(tag, KINDS.revision.tag),
    }),
    {},
  ),
  properties: z.prefault(
    z.object({
      supports: z._default(propertyName, 'supports'),
      outcomes: z._default(propertyName, 'outcomes'),
      steps: z._default(propertyName, 'steps'),
      evidence: z._default(propertyName, 'evidence'),
    }),
    {},
  ),
  folders: z.prefault(
    z.object({
      outcomes: z._default(folder, KINDS.outcome.folder),
      skills: z._default(folder, KINDS.skill.folder),
      routes: z._default(folder, KINDS.route.folder),
      revisions: z._default(folder, KINDS.revision.folder),
    }),
    {},
  ),
  /** Folders whose notes count body links to model notes as evidence. */
  journalFolders: z._default(z.array(folder), ['Journal']),
  journalBodyLinks: z._default(z.boolean(), true),
  /** Vault path of a note used as the revision template; "" means the built-in template. */
  revisionTemplate: z._default(
    z.pipe(
      z.string(),
      z.transform((t) => t.trim()),
    ),
    '',
  ),
  /** Moment.js-style format of revision file names. */
  revisionFileFormat: z._default(
    z.string().check(z.refine((f) => f.trim().length > 0, 'a file name format cannot be empty')),
    'YYYY-MM-DD [revision]',
  ),
  revisionCadenceDays: z._default(wholeNumber(1, 365, 'days'), 30),
  staleDays: z._default(wholeNumber(1, 3650, 'days'), 60),
  /** The window (days, today included) of activity and advancement; its key predates the name. */
  momentumDays: z._default(wholeNumber(1, 3650, 'days'), 30),
  view: z.prefault(
    z.object({
      nodeCap: z._default(wholeNumber(50, 20000, 'nodes'), 2000),
      showEvidence: z._default(z.boolean(), false),
      showStale: z._default(z.boolean(), true),
      hiddenRouteStatuses: z._default(z.array(routeStatus), ['paused', 'dropped']),
    }),
    {},
  ),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Validates saved or user-typed settings. Unknown keys are dropped; each bad value is
 * reported as "path: reason" so the settings tab and the CLI can say what to fix.
 */
export function parseSettings(raw: unknown): SettingsResult {
  const result = settingsSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`),
  };
}

/**
 * Settings from a saved data.json that may hold bad values (edited by hand, or from an older
 * version): each bad value falls back to its default, and is named in `errors`.
 */
export function repairSettings(raw: unknown): { settings: Settings; errors: string[] } {
  const first = parseSettings(raw);
  if (first.ok) return { settings: first.settings, errors: [] };
  const copy = structuredClone(typeof raw === 'object' && raw !== null ? raw : {}) as Record<
    string,
    unknown
  >;
  const result = settingsSchema.safeParse(copy);
  for (const issue of result.success ? [] : result.error.issues) {
    let target: unknown = copy;
    const path = issue.path.slice(0, 2);
    for (const key of path.slice(0, -1)) target = (target as Record<PropertyKey, unknown>)[key];
    const last = path[path.length - 1];
    if (last !== undefined && typeof target === 'object' && target !== null) {
      delete (target as Record<PropertyKey, unknown>)[last];
    } else return { settings: DEFAULT_SETTINGS, errors: first.errors };
  }
  const second = parseSettings(copy);
  return { settings: second.ok ? second.settings : DEFAULT_SETTINGS, errors: first.errors };
}
