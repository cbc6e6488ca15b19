/**
 * The event that asked to open a note. The host reads its modifier keys as its platform does
 * (Obsidian: new tab, split or window); the map never reduces them to a yes or no.
 */
export type OpenEvent = MouseEvent | KeyboardEvent;
