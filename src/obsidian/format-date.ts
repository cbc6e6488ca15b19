import { moment } from 'obsidian';
import { momentFormatter, type MomentLike } from '../model';

// obsidian.d.ts declares `moment` through `import * as`, which esModuleInterop types as not
// callable; at run time it is the moment function itself, as every plugin uses it.
const obsidianMoment = moment as unknown as MomentLike;

/** Dates as Obsidian writes them: its own moment, every token, the language the user chose. */
export const formatDate = momentFormatter(obsidianMoment);
