import moment from 'moment';
import { momentDayParser, momentFormatter } from '../model';

/**
 * The same Moment.js tokens as the plugin. The moment here is the one the obsidian package
 * depends on, pinned to the version Obsidian bundles, so the CLI formats and reads dates as
 * the app does; English, as the package comes without locales.
 */
export const formatDate = momentFormatter(moment);

/** Daily-note names read strictly in a Moment.js format, as the plugin reads them. */
export const parseDay = momentDayParser(moment);
