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
  const unread = await host.index.whenIndexed(plan.drafts.map((d) => normalizePath(d.path)));
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
  if (unread.length > 0) {
    const names = unread.map(nameOf).join(', ');
    new Notice(
      `${names} ${unread.length === 1 ? 'was' : 'were'} still not in the model a few seconds after being created, so the first revision leaves ${unread.length === 1 ? 'it' : 'them'} out. Check that ${unread.length === 1 ? 'its' : 'their'} tags still name a kind of model note.`,
    );
  }
  return null;
}
