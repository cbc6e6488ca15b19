/** The method's three steps, as Start a work model and the empty map name them. */
export const START_STEPS = ['Hoped-for outcomes', 'Routes to them', 'Revising'] as const;

/** A step of Start a work model: 1, 2 or 3. */
export type StartStep = 1 | 2 | 3;
