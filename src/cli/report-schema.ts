import { z } from 'zod';
import { once } from '../model/once';

// The contract of `report --json`, stated once: `work-model schema` prints it as JSON Schema,
// and the tests check every report they produce against it and `Report` against its type.
// Full zod: the CLI is not main.js. Built when first asked for, so other commands never pay.

const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');
const count = () => z.number().int().nonnegative();
const id = (what = 'a note') =>
  z.string().describe(`${what}: its vault-relative path, / between folders`);

const gauge = () => z.number().int().min(1).max(5).nullable();
const gauges = () =>
  z.object({ resources: gauge(), likeability: gauge(), confidence: gauge(), coherence: gauge() });

function build() {
  const trendMonth = z.object({
    month: z.string().regex(/^\d{4}-\d{2}$/, 'a month, YYYY-MM'),
    wins: count(),
    setbacks: count(),
    insights: count(),
    shifts: count(),
    stepsCompleted: count(),
  });
  const node = z.object({
    id: id(),
    kind: z.enum(['outcome', 'skill', 'route']),
    title: z.string().describe('the file name without .md'),
    status: z.string(),
    live: z.boolean().describe('the status is a live one (resting says whether it rests)'),
    resting: z.boolean(),
    stale: z.boolean(),
    category: z.string().nullable(),
    risk: z.string().nullable(),
    horizon: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
    completed: day().nullable(),
    resume: day().nullable(),
    lastActivity: day(),
    evidenceCount: count(),
  });
  const edge = z.object({
    from: id('the linking note'),
    to: id('the linked note'),
    kind: z.enum(['target', 'step', 'supports', 'evidence']),
    order: z.number().int().positive().optional().describe('on step edges only: 1-based'),
  });
  const route = z.object({
    id: id('the route'),
    rank: z.number().int().positive(),
    progress: z.number().min(0).max(1),
    stepsDone: count(),
    stepsTotal: count(),
    advancement: count().describe('advancement window: wins and steps completed'),
    ownAdvancement: count().describe('of advancement: unique wins and unshared completions'),
    stepsCompleted: count(),
    sharedCompletions: count(),
    advancementWins: count(),
    sharedWins: count(),
    activity: count().describe('activity window: evidence, split by signal below'),
    wins: count(),
    setbacks: count(),
    insights: count(),
    shifts: count(),
    uniqueEvidence: count(),
    sharedEvidence: count(),
    trend: z.array(trendMonth).length(6).describe('the last 6 calendar months, oldest first'),
    lastActivity: day().nullable(),
    title: z.string(),
    shortName: z.string().describe('what words call it after naming it once in full'),
    status: z.string(),
    risk: z.string().nullable(),
    live: z.boolean(),
    resting: z.boolean(),
    stale: z.boolean(),
    steps: z.array(id('a step')),
    outcomes: z.array(id('an outcome')),
    pace: z
      .number()
      .nonnegative()
      .nullable()
      .describe('steps a month over the advancement window; null unless live'),
    remaining: count().describe('steps not done, a missing one included'),
    arrival: day()
      .nullable()
      .describe('when it arrives at this pace; null without a pace or when it rests'),
    arrived: z.boolean(),
    horizons: z.array(
      z.object({
        outcome: id('an outcome'),
        horizon: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
        onTime: z.boolean().nullable(),
        daysLate: count(),
      }),
    ),
    carriesOver: z.array(
      z.object({ stone: id('a done stone'), routes: z.array(id('a live route')) }),
    ),
    gauges: gauges().nullable(),
    gaugesBefore: gauges().nullable().describe('as the revision before today recorded them'),
  });
  const gap = z.object({
    kind: z.enum([
      'outcome-without-route',
      'unused-stone',
      'route-without-steps',
      'stone-without-evidence',
    ]),
    id: id(),
  });
  const finding = z.object({
    question: z.enum(['rigid', 'unmapped', 'revising']),
    finding: z.string(),
    notes: z.array(id()),
    message: z.string(),
  });
  const problem = z.object({
    file: id('the note'),
    field: z.string().nullable().describe('the property, or null for the note as a whole'),
    severity: z.enum(['error', 'warning']),
    message: z.string().describe('what is wrong and what to do'),
  });
  return z
    .object({
      today: day(),
      windows: z.object({
        activityDays: z.number().int().positive(),
        activityStart: day(),
        advancementDays: z.number().int().positive(),
        advancementStart: day(),
      }),
      nodes: z.array(node),
      edges: z.array(edge),
      routes: z.array(route).describe('ranked: the route advancing fastest first'),
      next: z
        .array(
          z.object({
            stone: id('a stepping stone'),
            rank: z.number().int().positive(),
            nextOn: z.array(id('a route')),
            onRoutes: z.array(id('a route')),
            outcomes: z.array(id('an outcome')),
          }),
        )
        .describe('what to do next: ranked candidate stones'),
      gaugesSince: day().nullable().describe('the day of the revision gaugesBefore comes from'),
      gaps: z.array(gap),
      health: z.array(finding),
      problems: z.array(problem),
    })
    .meta({
      title: 'work-model report --json',
      description: 'One object; these fields are a stable contract, more may be added.',
    });
}

/** `compare --json`: the head-to-head verdict and the figures it rests on. */
function buildVerdict() {
  const figure = z.object({
    wins: count(),
    steps: count().describe('steps completed on stones the other route does not use'),
    total: count().describe('wins + steps: what the verdict compares'),
  });
  const side = z.object({
    id: id('the route'),
    title: z.string(),
    shortName: z.string(),
    advancement: figure.describe('over the advancement window'),
    recent: figure.describe('over the recent window'),
    setbacks: z.array(
      z.object({
        file: id('the evidence note'),
        title: z.string(),
        date: day(),
        excerpt: z.string().nullable(),
        lesson: z.string().nullable(),
        via: z.string().nullable().describe('the step it came through; null for the route'),
      }),
    ),
    setbacksOn: z.string().nullable(),
    stepsDone: count(),
    stepsTotal: count(),
  });
  return z
    .object({
      today: day(),
      window: z.number().int().positive().describe('the advancement window in days'),
      since: day(),
      recentWindow: z.number().int().positive(),
      recentSince: day(),
      leader: id('the route ahead over the advancement window').nullable(),
      leaderLast30: id('the route ahead over the recent window').nullable(),
      routes: z.tuple([side, side]),
      shared: z.array(
        z.object({
          kind: z.enum(['win', 'step']),
          id: id('the evidence note or the stone'),
          name: z.string(),
          date: day(),
          through: z.array(z.string()),
          recent: z.boolean(),
        }),
      ),
      words: z.string(),
    })
    .meta({ title: 'work-model compare --json' });
}

/** The `compare --json` schema, built on first use. */
export const verdictSchema = once(buildVerdict);

/** The `report --json` schema, built on first use. */
export const reportSchema = once(build);

/** What `report --json` prints, as the schema reads it. */
export type ReportJson = z.infer<ReturnType<typeof build>>;

/** The contract as JSON Schema (draft 2020-12), for `work-model schema`. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema(), { target: 'draft-2020-12', io: 'input' });
}
