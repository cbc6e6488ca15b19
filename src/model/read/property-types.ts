import type { Settings } from '../settings';

/** How Obsidian's Properties editor shows a property: a list, a date picker, a number. */
export type PropertyType = 'multitext' | 'date' | 'number';

/** A route's four gauges, each 1 (low) to 5 (high). */
export const GAUGES = ['resources', 'likeability', 'confidence', 'coherence'] as const;

/**
 * The type each property the model reads should have in the Properties editor: link lists as
 * lists, days as dates, gauges as numbers. Link property names are the user's settings.
 */
export function propertyTypes(settings: Settings): [name: string, type: PropertyType][] {
  const p = settings.properties;
  const typed = (names: readonly string[], type: PropertyType) =>
    names.map((name): [string, PropertyType] => [name, type]);
  return [
    ...typed([p.outcomes, p.steps, p.supports, p.evidence], 'multitext'),
    ...typed(['date', 'completed', 'resume'], 'date'),
    ...typed(GAUGES, 'number'),
  ];
}
