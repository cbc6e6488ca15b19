import { z } from 'zod';

// The contract of `report --json`, stated once: `work-model schema` prints it as JSON Schema,
// and the tests check every report they produce against it and `Report` against its type.
// Full zod: the CLI is not main.js. Built when first asked for, so other commands never pay.

const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');
const count = () => z.number().int().nonnegative();
const id = (what = 'a note') =>
  z.string().describe(`${what}: its vault-relative path, / between folders`);

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
    advancement: count().describe('wins and steps completed in the window'),
    stepsCompleted: count(),
    activity: count().describe('evidence in the window'),
    wins: count(),
    setbacks: count(),
    insights: count(),
    shifts: count(),
    uniqueEvidence: count(),
    sharedEvidence: count(),
    trend: z.array(trendMonth).length(6).describe('the last 6 calendar months, oldest first'),
    lastActivity: day().nullable(),
    title: z.string(),
    status: z.string(),
    risk: z.string().nullable(),
    live: z.boolean(),
    resting: z.boolean(),
    stale: z.boolean(),
    steps: z.array(id('a step')),
    outcomes: z.array(id('an outcome')),
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
      windowDays: z.number().int().positive(),
      windowStart: day(),
      nodes: z.array(node),
      edges: z.array(edge),
      routes: z.array(route).describe('ranked: the route advancing fastest first'),
      gaps: z.array(gap),
      health: z.array(finding),
      problems: z.array(problem),
    })
    .meta({
      title: 'work-model report --json',
      description: 'One object; these fields are a stable contract, more may be added.',
    });
}

let schema: ReturnType<typeof build> | null = null;

/** The `report --json` schema, built on first use. */
export function reportSchema(): ReturnType<typeof build> {
  return (schema ??= build());
}

/** What `report --json` prints, as the schema reads it. */
export type ReportJson = z.infer<ReturnType<typeof build>>;

/** The contract as JSON Schema (draft 2020-12), for `work-model schema`. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema(), { target: 'draft-2020-12', io: 'input' });
}
