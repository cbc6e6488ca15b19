import { moment, type App } from 'obsidian';
import { DEFAULT_DAILY_FORMAT, momentDayParser, type DailyNotes, type MomentParse } from '../model';

/** Periodic Notes tells other plugins on the workspace when its settings change. */
export const PERIODIC_NOTES_UPDATED = 'periodic-notes:settings-updated';

// obsidian.d.ts types `moment` through `import * as`; at run time it is the moment function.
export const parseDay = momentDayParser(moment as unknown as MomentParse);

/** The parts of a daily-notes setting a plugin may hold; anything else reads as unset. */
interface DailySettings {
  enabled?: unknown;
  folder?: unknown;
  format?: unknown;
}

/**
 * Outside obsidian.d.ts: the app's lists of community and core plugins, as the Calendar and
 * Periodic Notes plugins read them (`plugins.getPlugin`, `internalPlugins.getPluginById`).
 */
interface PluginLists {
  plugins?: { getPlugin?(id: string): { settings?: { daily?: DailySettings } } | null };
  internalPlugins?: {
    getPluginById?(
      id: string,
    ): { enabled?: unknown; instance?: { options?: DailySettings } } | null;
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

const dailyNotes = (s: DailySettings): DailyNotes => ({
  folder: text(s.folder),
  format: text(s.format) || DEFAULT_DAILY_FORMAT,
});

/**
 * Where the user's daily notes are and how they are named: Periodic Notes' daily settings when
 * it is on with daily notes enabled, else the Daily notes core plugin's when it is enabled,
 * else none. An Obsidian or plugin that keeps them elsewhere reads as none.
 */
export function readDailyNotes(app: App): DailyNotes | null {
  const { plugins, internalPlugins } = app as unknown as PluginLists;
  const periodic = plugins?.getPlugin?.('periodic-notes')?.settings?.daily;
  if (periodic?.enabled === true) return dailyNotes(periodic);
  const core = internalPlugins?.getPluginById?.('daily-notes');
  if (core?.enabled === true) return dailyNotes(core.instance?.options ?? {});
  return null;
}
