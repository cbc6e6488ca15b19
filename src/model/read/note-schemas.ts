import * as z from 'zod/mini';

// The allowed values of each property (SPEC §1). Each enum is the single definition of its
// values: messages list them, the model's types are inferred from them, and the plugin's
// modals offer them.
export const outcomeCategory = z.enum(['role', 'skill', 'recognition', 'balance', 'environment']);
export const outcomeStatus = z.enum(['hoped', 'pursuing', 'reached', 'released']);
export const skillCategory = z.enum(['skill', 'experience', 'relationship']);
export const skillStatus = z.enum(['planned', 'building', 'done']);
export const routeStatus = z.enum(['exploring', 'active', 'paused', 'dropped', 'reached']);
export const routeRisk = z.enum(['low', 'medium', 'high']);
export const signal = z.enum(['win', 'setback', 'insight', 'shift']);

export type OutcomeCategory = z.infer<typeof outcomeCategory>;
export type OutcomeStatus = z.infer<typeof outcomeStatus>;
export type SkillCategory = z.infer<typeof skillCategory>;
export type SkillStatus = z.infer<typeof skillStatus>;
export type RouteStatus = z.infer<typeof routeStatus>;
export type RouteRisk = z.infer<typeof routeRisk>;
export type Signal = z.infer<typeof signal>;

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const horizon = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

/** The typed properties of each kind once read from frontmatter, defaults applied. */
export const outcomeProps = z.object({
  kind: z.literal('outcome'),
  category: z.nullable(outcomeCategory),
  horizon: z.nullable(horizon),
  status: z._default(outcomeStatus, 'hoped'),
});

export const skillProps = z.object({
  kind: z.literal('skill'),
  category: z._default(skillCategory, 'skill'),
  status: z._default(skillStatus, 'planned'),
});

export const routeProps = z.object({
  kind: z.literal('route'),
  status: z._default(routeStatus, 'exploring'),
  risk: z.nullable(routeRisk),
});

export const revisionProps = z.object({
  kind: z.literal('revision'),
  /** The revision's day: its `date` property, else a date in its name, else its file's day. */
  date: z.string(),
});

export const noteProps = z.discriminatedUnion('kind', [
  outcomeProps,
  skillProps,
  routeProps,
  revisionProps,
]);

export type OutcomeProps = z.infer<typeof outcomeProps>;
export type SkillProps = z.infer<typeof skillProps>;
export type RouteProps = z.infer<typeof routeProps>;
export type RevisionProps = z.infer<typeof revisionProps>;
export type NoteProps = z.infer<typeof noteProps>;
export type ModelKind = 'outcome' | 'skill' | 'route';
