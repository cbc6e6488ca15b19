import * as z from 'zod/mini';

// The vocabulary of the method, stated once (SPEC §1, §2): each property's allowed values,
// each kind's tag, default folder, defaults, link properties and which statuses are live or
// closed. Reading, analysis, outputs, settings and the view all take them from here; a test
// fails when a value list is written out a second time anywhere in src.
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
export type ModelKind = 'outcome' | 'skill' | 'route';
export type NoteKind = ModelKind | 'revision';

/** The link properties (their setting names) a kind has, and the kind each must point at. */
export type LinkProperty = 'supports' | 'outcomes' | 'steps';

/** What each kind is: its default tag and folder, its link properties. */
export const KINDS = {
  outcome: { tag: 'work/outcome', folder: 'Work Model/Outcomes', links: [] },
  skill: {
    tag: 'work/skill',
    folder: 'Work Model/Stepping stones',
    links: [{ property: 'supports', expects: 'outcome' }],
  },
  route: {
    tag: 'work/route',
    folder: 'Work Model/Routes',
    links: [
      { property: 'outcomes', expects: 'outcome' },
      { property: 'steps', expects: 'skill' },
    ],
  },
  revision: { tag: 'work/revision', folder: 'Work Model/Revisions', links: [] },
} as const satisfies Record<
  NoteKind,
  {
    tag: string;
    folder: string;
    links: readonly { property: LinkProperty; expects: ModelKind }[];
  }
>;

/** The defaults a note gets for a property it leaves out. */
export const DEFAULTS = {
  outcome: { status: 'hoped', category: null },
  skill: { status: 'planned', category: 'skill' },
  route: { status: 'exploring', risk: null },
} as const satisfies {
  outcome: { status: OutcomeStatus; category: OutcomeCategory | null };
  skill: { status: SkillStatus; category: SkillCategory };
  route: { status: RouteStatus; risk: RouteRisk | null };
};

/**
 * Which statuses are live and which closed (SPEC §2); a status in neither list (a paused
 * route) is resting, as is any note whose `resume` day is still ahead.
 */
export const LIFECYCLE = {
  outcome: { live: ['hoped', 'pursuing'], closed: ['reached', 'released'] },
  skill: { live: ['planned', 'building'], closed: ['done'] },
  route: { live: ['active', 'exploring'], closed: ['dropped', 'reached'] },
} as const satisfies {
  outcome: { live: readonly OutcomeStatus[]; closed: readonly OutcomeStatus[] };
  skill: { live: readonly SkillStatus[]; closed: readonly SkillStatus[] };
  route: { live: readonly RouteStatus[]; closed: readonly RouteStatus[] };
};

/** A model note's state on a given day: live, resting or closed. */
export type NoteState = 'live' | 'resting' | 'closed';

/** The state of a note of `kind` with `status`, resting until `resume`, on `today`. */
export function noteState(
  kind: ModelKind,
  status: string,
  resume: string | null,
  today: string,
): NoteState {
  const life: { live: readonly string[]; closed: readonly string[] } = LIFECYCLE[kind];
  if (life.closed.includes(status)) return 'closed';
  if (resume !== null && resume > today) return 'resting';
  return life.live.includes(status) ? 'live' : 'resting';
}

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const horizon = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The typed properties of each kind once read from frontmatter, defaults applied. */
export const outcomeProps = z.object({
  kind: z.literal('outcome'),
  category: z.nullable(outcomeCategory),
  horizon: z.nullable(horizon),
  status: outcomeStatus,
  resume: z.nullable(day),
});

export const skillProps = z.object({
  kind: z.literal('skill'),
  category: skillCategory,
  status: skillStatus,
  /** The day the stone was done. */
  completed: z.nullable(day),
  resume: z.nullable(day),
});

export const routeProps = z.object({
  kind: z.literal('route'),
  status: routeStatus,
  risk: z.nullable(routeRisk),
  resume: z.nullable(day),
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
