import { normalizePath, Notice, type App } from 'obsidian';
import { plural, type Settings, type StartModelPlan } from '../model';
import type { LiveIndex } from './live-index';
import { createNotes } from './write-notes';

/** What writing a new model asks of the plugin. */
export interface StartModelHost {
  index: LiveIndex;
  saveSettings(settings: Settings): Promise<void>;
  createRevision(): Promise<void>;
  openView(): Promise<unknown>;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');

/**
 * Finish: creates every note of the plan (none at all when a path was taken meanwhile), saves
 * the cadence, writes the first revision once the index has read the new notes, and opens the
 * map on them. Returns why nothing was created, or null.
 */
export async function writeStartModel(
  app: App,
  host: StartModelHost,
  plan: StartModelPlan,
): Promise<string | null> {
  try {
    await createNotes(app, plan.drafts);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const left = await host.index.whenIndexed(plan.drafts.map((d) => normalizePath(d.path)));
  const settings = host.index.settings;
  if (plan.cadenceDays !== settings.revisionCadenceDays)
    await host.saveSettings({ ...settings, revisionCadenceDays: plan.cadenceDays });
  await host.createRevision();
  await host.openView();
  const { outcomes, routes, stones } = plan.counts;
  const linked = plan.linked.map(nameOf);
  new Notice(
    `Your work model: ${plural(outcomes, 'outcome')}, ${plural(routes, 'route')}, ${plural(stones, 'stepping stone')}${linked.length > 0 ? `; linked existing ${linked.join(', ')}` : ''}.`,
  );
  const { plain, unread } = left;
  if (plain.length > 0) {
    const one = plain.length === 1;
    new Notice(
      `${plain.map(nameOf).join(', ')} ${one ? 'was' : 'were'} changed into ${one ? 'a note' : 'notes'} without a kind tag as soon as ${one ? 'it was' : 'they were'} created (by an edit or a template), so the first revision leaves ${one ? 'it' : 'them'} out. Give ${one ? 'it' : 'each'} its tag back to bring ${one ? 'it' : 'them'} into the model.`,
    );
  }
  if (unread.length > 0) {
    const one = unread.length === 1;
    new Notice(
      `Obsidian had not read ${unread.map(nameOf).join(', ')} some seconds after ${one ? 'it was' : 'they were'} created, so the first revision leaves ${one ? 'it' : 'them'} out; the map shows ${one ? 'it' : 'them'} once Obsidian has.`,
    );
  }
  return null;
}
