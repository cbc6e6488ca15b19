// The vocabulary of the method, stated once (SPEC §1, §2): each property's allowed values,
// each kind's tag, default folder, defaults, link properties and which statuses are live or
// closed. Reading, analysis, outputs, settings and the view all take them from here; a test
// fails when a value list is written out a second time anywhere in src.

/** A closed list of values, in the order the user is offered them. */
export interface Vocabulary<T extends string> {
  readonly options: readonly T[];
}

const enumOf = <const T extends string>(options: readonly T[]): Vocabulary<T> => ({ options });

/** The values of a vocabulary as a type. */
export type ValueOf<V extends Vocabulary<string>> = V['options'][number];

export const outcomeCategory = enumOf(['role', 'skill', 'recognition', 'balance', 'environment']);
export const outcomeStatus = enumOf(['hoped', 'pursuing', 'reached', 'released']);
export const skillCategory = enumOf(['skill', 'experience', 'relationship']);
export const skillStatus = enumOf(['planned', 'building', 'done']);
export const routeStatus = enumOf(['exploring', 'active', 'paused', 'dropped', 'reached']);
export const routeRisk = enumOf(['low', 'medium', 'high']);
export const signal = enumOf(['win', 'setback', 'insight', 'shift']);

export type OutcomeCategory = ValueOf<typeof outcomeCategory>;
export type OutcomeStatus = ValueOf<typeof outcomeStatus>;
export type SkillCategory = ValueOf<typeof skillCategory>;
export type SkillStatus = ValueOf<typeof skillStatus>;
export type RouteStatus = ValueOf<typeof routeStatus>;
export type RouteRisk = ValueOf<typeof routeRisk>;
export type Signal = ValueOf<typeof signal>;
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

/**
 * The typed properties of each kind once read from frontmatter, defaults applied. Dates are
 * `YYYY-MM-DD` days; a horizon is a partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export interface OutcomeProps {
  kind: 'outcome';
  category: OutcomeCategory | null;
  horizon: string | null;
  status: OutcomeStatus;
  resume: string | null;
}

export interface SkillProps {
  kind: 'skill';
  category: SkillCategory;
  status: SkillStatus;
  /** The day the stone was done. */
  completed: string | null;
  resume: string | null;
}

export interface RouteProps {
  kind: 'route';
  status: RouteStatus;
  risk: RouteRisk | null;
  resume: string | null;
}

export interface RevisionProps {
  kind: 'revision';
  /** The revision's day: its `date` property, else a date in its name, else its file's day. */
  date: string;
}

export type NoteProps = OutcomeProps | SkillProps | RouteProps | RevisionProps;
