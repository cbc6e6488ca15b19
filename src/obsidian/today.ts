import { dayOfTime, type Day } from '../model';

/** The user's calendar day now, in their time zone: read each time, since Obsidian runs for days. */
export const today = (): Day => dayOfTime(Date.now());
