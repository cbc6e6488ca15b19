import { z } from 'zod';

/** A tag as the user types it: `work/skill` or `#work/skill`; stored without `#`, lower case. */
const tag = z
  .string()
  .trim()
  .transform((t) => t.replace(/^#/, '').toLowerCase())
  .refine((t) => /^[^\s#,]+$/.test(t), 'a tag is one word without spaces, commas or #');

/** A frontmatter property name. */
const propertyName = z
  .string()
  .trim()
  .min(1, 'a property name cannot be empty')
  .refine((p) => !/[:\n]/.test(p), 'a property name cannot contain ":" or line breaks');

/** A vault folder, `/`-separated, without leading or trailing slash; "" is the vault root. */
const folder = z
  .string()
  .trim()
  .transform((f) => f.replace(/\\/g, '/').replace(/^\/+|\/+$/g, ''))
  .refine((f) => !f.split('/').includes('..'), 'a folder cannot contain ".."');

const days = (max: number) => {
  const message = `a number of days from 1 to ${max}`;
  return z.number(message).int(message).min(1, message).max(max, message);
};

/** Every setting of the plugin, with its default. The CLI's `--config` reads the same JSON. */
export const settingsSchema = z.object({
  tags: z
    .object({
      outcome: tag.default('work/outcome'),
      skill: tag.default('work/skill'),
      route: tag.default('work/route'),
      revision: tag.default('work/revision'),
    })
    .prefault({}),
  properties: z
    .object({
      supports: propertyName.default('supports'),
      outcomes: propertyName.default('outcomes'),
      steps: propertyName.default('steps'),
      evidence: propertyName.default('evidence'),
    })
    .prefault({}),
  folders: z
    .object({
      outcomes: folder.default('Work Model/Outcomes'),
      skills: folder.default('Work Model/Stepping stones'),
      routes: folder.default('Work Model/Routes'),
      revisions: folder.default('Work Model/Revisions'),
    })
    .prefault({}),
  /** Folders whose notes count body links to model notes as evidence. */
  journalFolders: z.array(folder).default(['Journal']),
  journalBodyLinks: z.boolean().default(true),
  /** Vault path of a note used as the revision template; "" means the built-in template. */
  revisionTemplate: z.string().trim().default(''),
  /** moment.js-style format of revision file names. */
  revisionFileFormat: z.string().trim().min(1).default('YYYY-MM-DD [revision]'),
  revisionCadenceDays: days(365).default(30),
  staleDays: days(3650).default(60),
  momentumDays: days(3650).default(30),
  view: z
    .object({
      nodeCap: z
        .number('a number of nodes from 50 to 20000')
        .int('a number of nodes from 50 to 20000')
        .min(50, 'a number of nodes from 50 to 20000')
        .max(20000, 'a number of nodes from 50 to 20000')
        .default(2000),
      showEvidence: z.boolean().default(false),
      showStale: z.boolean().default(true),
      hiddenRouteStatuses: z
        .array(z.enum(['exploring', 'active', 'paused', 'dropped', 'reached']))
        .default(['paused', 'dropped']),
    })
    .prefault({}),
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
