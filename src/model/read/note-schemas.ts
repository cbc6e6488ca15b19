import * as z from 'zod/mini';
import { once } from '../once';

// The vocabulary of the method, stated once (SPEC §1, §2): each property's allowed values,
// each kind's tag, default folder, defaults, link properties and which statuses are live or
// closed. Reading, analysis, outputs, settings and the view all take them from here; a test
// fails when a value list is written out a second time anywhere in src.

/** The properties of model notes as schemas, built on first use; value lists are stated here only. */
export const propertySchemas = once(() => {
  const outcomeCategory = z.enum(['role', 'skill', 'recognition', 'balance', 'environment']);
  const outcomeStatus = z.enum(['hoped', 'pursuing', 'reached', 'released']);
  const skillCategory = z.enum(['skill', 'experience', 'relationship']);
  const skillStatus = z.enum(['planned', 'building', 'done']);
  const routeStatus = z.enum(['exploring', 'active', 'paused', 'dropped', 'reached']);
  const routeRisk = z.enum(['low', 'medium', 'high']);
  const signal = z.enum(['win', 'setback', 'insight', 'shift']);
  /** A route's four gauges, from Designing Your Life's odyssey plans: each 1 (low) to 5 (high). */
  const gauge = z.enum(['resources', 'likeability', 'confidence', 'coherence']);
  const gaugeValue = z.nullable(z.number());
  /** A calendar day, `YYYY-MM-DD`. */
  const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  /** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  const horizon = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
  return {
    vocabularies: {
      outcomeCategory,
      outcomeStatus,
      skillCategory,
      skillStatus,
      routeStatus,
      routeRisk,
      signal,
      gauge,
    },
    /** The typed properties of each kind once read from frontmatter, defaults applied. */
    outcome: z.object({
      kind: z.literal('outcome'),
      category: z.nullable(outcomeCategory),
      horizon: z.nullable(horizon),
      status: outcomeStatus,
      resume: z.nullable(day),
    }),
    skill: z.object({
      kind: z.literal('skill'),
      category: skillCategory,
      status: skillStatus,
      /** The day the stone was done. */
      completed: z.nullable(day),
      resume: z.nullable(day),
    }),
    route: z.object({
      kind: z.literal('route'),
      status: routeStatus,
      risk: z.nullable(routeRisk),
      resume: z.nullable(day),
      /** Null when no gauge is written. */
      gauges: z.nullable(
        z.object({
          resources: gaugeValue,
          likeability: gaugeValue,
          confidence: gaugeValue,
          coherence: gaugeValue,
        }),
      ),
    }),
    revision: z.object({
      kind: z.literal('revision'),
      /** The revision's day: its `date` property, else a date in its name, else its file's day. */
      date: day,
    }),
  };
});

type PropertySchemas = ReturnType<typeof propertySchemas>;
type Vocabularies = PropertySchemas['vocabularies'];

/** A closed list of values, in the order the user is offered them. */
export interface Vocabulary<T extends string> {
  readonly options: readonly T[];
}

/** A vocabulary whose values come from its schema, which is built when they are first read. */
const vocabulary = <K extends keyof Vocabularies>(
  name: K,
): Vocabulary<Vocabularies[K]['options'][number]> => ({
  get options() {
    const schema: Vocabularies[K] = propertySchemas().vocabularies[name];
    return schema.options;
  },
});

/** The values of a vocabulary as a type. */
export type ValueOf<V extends Vocabulary<string>> = V['options'][number];

export const outcomeCategory = vocabulary('outcomeCategory');
export const outcomeStatus = vocabulary('outcomeStatus');
export const skillCategory = vocabulary('skillCategory');
export const skillStatus = vocabulary('skillStatus');
export const routeStatus = vocabulary('routeStatus');
export const routeRisk = vocabulary('routeRisk');
export const signal = vocabulary('signal');
export const gauge = vocabulary('gauge');

export type OutcomeCategory = ValueOf<typeof outcomeCategory>;
export type OutcomeStatus = ValueOf<typeof outcomeStatus>;
export type SkillCategory = ValueOf<typeof skillCategory>;
export type SkillStatus = ValueOf<typeof skillStatus>;
export type RouteStatus = ValueOf<typeof routeStatus>;
export type RouteRisk = ValueOf<typeof routeRisk>;
/** The status of an outcome, stepping stone or route. */
export type ModelStatus = OutcomeStatus | SkillStatus | RouteStatus;
export type Signal = ValueOf<typeof signal>;
export type GaugeName = ValueOf<typeof gauge>;
/** A route's gauges as written: a whole number 1–5 each, null for one not written. */
export type Gauges = Record<GaugeName, number | null>;
/** The kinds of note the graph is made of (a revision is read, not drawn). */
export const MODEL_KINDS = ['outcome', 'skill', 'route'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
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
const LIFECYCLE = {
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

/** Whether a model note's status is a route's: what a route's record narrows its status by. */
export const isRouteStatus = (status: ModelStatus): status is RouteStatus =>
  (routeStatus.options as readonly ModelStatus[]).includes(status);

/** The typed properties of each kind (dates are `YYYY-MM-DD` days), inferred from its schema. */
export type OutcomeProps = z.infer<PropertySchemas['outcome']>;
export type SkillProps = z.infer<PropertySchemas['skill']>;
export type RouteProps = z.infer<PropertySchemas['route']>;
export type RevisionProps = z.infer<PropertySchemas['revision']>;

export type NoteProps = OutcomeProps | SkillProps | RouteProps | RevisionProps;
