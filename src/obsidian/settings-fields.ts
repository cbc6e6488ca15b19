import { parseSettings, type Settings } from '../model';

/** One setting as the settings tab shows it; `key` is its dotted path in Settings. */
export interface SettingField {
  key: string;
  name: string;
  desc: string;
  type: 'text' | 'number' | 'toggle' | 'list' | 'folder' | 'file';
  placeholder?: string;
}

export interface SettingGroup {
  heading: string;
  fields: SettingField[];
}

const text = (key: string, name: string, desc: string, placeholder?: string): SettingField => ({
  key,
  name,
  desc,
  type: 'text',
  placeholder,
});

/** Every setting of SPEC §4, grouped as the tab shows them. */
export const SETTING_GROUPS: SettingGroup[] = [
  {
    heading: 'Tags',
    fields: [
      text(
        'tags.outcome',
        'Outcome tag',
        'Notes with this tag, or a tag nested below it, are outcomes.',
        'work/outcome',
      ),
      text(
        'tags.skill',
        'Stepping stone tag',
        'Skills, experiences and relationships.',
        'work/skill',
      ),
      text(
        'tags.route',
        'Route tag',
        'Pathways through stepping stones to outcomes.',
        'work/route',
      ),
      text('tags.revision', 'Revision tag', 'Dated revisions of the model.', 'work/revision'),
    ],
  },
  {
    heading: 'Property names',
    fields: [
      text(
        'properties.supports',
        'Supports',
        'On a stepping stone: the outcomes it supports.',
        'supports',
      ),
      text('properties.outcomes', 'Outcomes', 'On a route: where it leads.', 'outcomes'),
      text('properties.steps', 'Steps', 'On a route: its stepping stones, in order.', 'steps'),
      text(
        'properties.evidence',
        'Evidence',
        'On any note: the model notes it is evidence for.',
        'evidence',
      ),
    ],
  },
  {
    heading: 'Folders for new notes',
    fields: [
      {
        key: 'folders.outcomes',
        name: 'Outcomes',
        desc: 'Created by "Add outcome" and "Add route".',
        type: 'folder',
      },
      {
        key: 'folders.skills',
        name: 'Stepping stones',
        desc: 'Created by "Add stepping stone" and "Add route".',
        type: 'folder',
      },
      { key: 'folders.routes', name: 'Routes', desc: 'Created by "Add route".', type: 'folder' },
      {
        key: 'folders.revisions',
        name: 'Revisions',
        desc: 'Created by "Create revision note"; made when missing.',
        type: 'folder',
      },
    ],
  },
  {
    heading: 'Journal',
    fields: [
      {
        key: 'journalFolders',
        name: 'Journal folders',
        desc: 'Comma-separated. Notes in these folders and their subfolders can be evidence through links in their body.',
        type: 'list',
        placeholder: 'Journal',
      },
      {
        key: 'journalBodyLinks',
        name: 'Count body links in journals',
        desc: 'A journal note whose body links a model note counts as evidence for it, without a signal.',
        type: 'toggle',
      },
    ],
  },
  {
    heading: 'Revisions',
    fields: [
      {
        key: 'revisionTemplate',
        name: 'Template',
        desc: 'A note used as the template; empty for the built-in one. Placeholders: {{date}}, {{date:FORMAT}}, {{time}}, {{title}}, {{outcomes}}, {{routes}}, {{changes}}, {{evidence}}, {{gaps}}, {{questions}}.',
        type: 'file',
      },
      text(
        'revisionFileFormat',
        'File name format',
        'A date format: YYYY, MM, DD, MMMM, ddd and other Moment.js tokens; text in [brackets] stays as written.',
        'YYYY-MM-DD [revision]',
      ),
      {
        key: 'revisionCadenceDays',
        name: 'Cadence in days',
        desc: 'The status bar says when the next revision is due.',
        type: 'number',
      },
    ],
  },
  {
    heading: 'Model',
    fields: [
      {
        key: 'activityDays',
        name: 'Activity window in days',
        desc: 'Evidence dated within this many days, today included, counts as recent activity: effort and learning.',
        type: 'number',
      },
      {
        key: 'advancementDays',
        name: 'Advancement window in days',
        desc: 'Wins and completed steps within this many days, today included, count as advancement: progress moves in months.',
        type: 'number',
      },
      {
        key: 'staleDays',
        name: 'Stale after days',
        desc: 'A note without activity for longer than this is marked stale.',
        type: 'number',
      },
    ],
  },
  {
    heading: 'View',
    fields: [
      {
        key: 'view.nodeCap',
        name: 'Node cap',
        desc: 'The graph draws at most this many nodes and says so when it leaves some out.',
        type: 'number',
      },
      {
        key: 'view.showEvidence',
        name: 'Show evidence notes',
        desc: 'Draw evidence notes as small nodes.',
        type: 'toggle',
      },
      {
        key: 'view.showStale',
        name: 'Mark stale notes',
        desc: 'Mark notes without recent activity.',
        type: 'toggle',
      },
      {
        key: 'view.hiddenRouteStatuses',
        name: 'Hidden route statuses',
        desc: 'Comma-separated route statuses hidden by default: exploring, active, paused, dropped, reached.',
        type: 'list',
        placeholder: 'dropped, reached',
      },
    ],
  },
];

export const SETTING_FIELDS: SettingField[] = SETTING_GROUPS.flatMap((g) => g.fields);

/** The value a field shows: lists as comma-separated text. */
export function getFieldValue(settings: Settings, key: string): unknown {
  let value: unknown = settings;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The settings with one field changed, validated by the settings schema; an error message
 * names what is wrong and the settings stay as they were.
 */
export function withField(
  settings: Settings,
  key: string,
  input: unknown,
): { ok: true; settings: Settings } | { ok: false; message: string } {
  const field = SETTING_FIELDS.find((f) => f.key === key);
  if (!field) return { ok: false, message: `Unknown setting ${key}.` };
  let value: unknown = input;
  if (field.type === 'list')
    value = String(input)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (field.type === 'number') {
    value = typeof input === 'number' ? input : Number(String(input).trim());
    if (String(input).trim() === '' || Number.isNaN(value))
      return { ok: false, message: `${field.name}: enter a whole number.` };
  }
  const candidate = structuredClone(settings) as unknown as Record<string, unknown>;
  const parts = key.split('.');
  let target = candidate;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  target[parts[parts.length - 1] as string] = value;
  const result = parseSettings(candidate);
  if (result.ok) return result;
  const message = result.errors.map((e) => e.replace(/^[\w.]+: /, '')).join('; ');
  return { ok: false, message: `${field.name}: ${message}.` };
}

/** Whether new settings change how notes are read, so the index must be built again. */
export function changesModel(before: Settings, after: Settings): boolean {
  const reading = (s: Settings) =>
    JSON.stringify([s.tags, s.properties, s.journalFolders, s.journalBodyLinks]);
  return reading(before) !== reading(after);
}
