import { isDay, type Day } from '../dates';
import { isMarkdownPath } from './note-input';

/** Where the user's daily notes are and how they are named (Moment.js tokens). */
export interface DailyNotes {
  /** Vault-relative folder; '' for the whole vault. */
  folder: string;
  format: string;
}

/** The day a note's name gives as a daily note, or null when it is not one. */
export type DailyNoteDay = (path: string) => Day | null;

/** Reads a name strictly in a Moment.js format; null when the name is not in it. */
export type DayParser = (name: string, format: string) => Day | null;

/** No daily notes: every name is left to the `YYYY-MM-DD` rule. */
export const NO_DAILY_NOTES: DailyNoteDay = () => null;

export const DEFAULT_DAILY_FORMAT = 'YYYY-MM-DD';

/**
 * The day of a note inside the daily-notes folder whose name (its path below the folder when
 * the format has folders, `YYYY/MM/YYYY-MM-DD`) is a date in the user's format.
 */
export function dailyNoteDays(daily: DailyNotes, parse: DayParser): DailyNoteDay {
  const folder = daily.folder.replace(/^\/+|\/+$/g, '');
  const prefix = folder === '' ? '' : `${folder}/`;
  const format = daily.format.trim() || DEFAULT_DAILY_FORMAT;
  const withFolders = format.includes('/');
  return (path) => {
    if (!path.startsWith(prefix) || !isMarkdownPath(path)) return null;
    const inFolder = path.slice(prefix.length, -3);
    const name = withFolders ? inFolder : inFolder.slice(inFolder.lastIndexOf('/') + 1);
    return parse(name, format);
  };
}

/** The one call of moment a parser needs; Obsidian's export and the package both fit it. */
export type MomentParse = (
  text: string,
  format: string,
  strict: boolean,
) => { isValid(): boolean; format(format: string): string };

/** A strict parser over a `moment` function: the whole name must be the format. */
export function momentDayParser(moment: MomentParse): DayParser {
  return (name, format) => {
    const m = moment(name, format, true);
    if (!m.isValid()) return null;
    const day = m.format('YYYY-MM-DD');
    return isDay(day) ? day : null;
  };
}
