import { DEFAULTS, outcomeCategory, type OutcomeCategory } from '../read/note-schemas';
import { parseSettings, type Settings } from '../settings';
import { Drafting, readHorizon, type NoteChoice, type NoteDraft, type VaultLookup } from './drafts';
import { cleanNoteName, notePath } from './file-names';
import type { StartStep } from './start-steps';

export interface StartRoute {
  name: string;
  /** Its first stepping stones, in order: existing notes, or names of notes to create. */
  stones: NoteChoice[];
}

/** What Start a work model collects, as typed. */
export interface StartModelInput {
  /** One hoped-for outcome per category; an empty name leaves the category out. */
  outcomes: Record<OutcomeCategory, { name: string; horizon: string }>;
  /** The routes to each category's outcome. */
  routes: Record<OutcomeCategory, StartRoute[]>;
  /** Days between revisions. */
  cadence: string;
}

/** What Finish does: create these notes together, link these existing ones, save the cadence. */
export interface StartModelPlan {
  drafts: NoteDraft[];
  /** Existing notes the new ones link, by path, instead of creating a note of the same name. */
  linked: string[];
  cadenceDays: number;
  counts: { outcomes: number; routes: number; stones: number };
}

export type StartModelResult =
  { ok: true; plan: StartModelPlan } | { ok: false; step: StartStep; message: string };

/** An empty form: every category blank, two routes asked for each, the current cadence. */
export function emptyStartInput(settings: Settings): StartModelInput {
  const outcomes = {} as StartModelInput['outcomes'];
  const routes = {} as StartModelInput['routes'];
  for (const c of outcomeCategory.options) {
    outcomes[c] = { name: '', horizon: '' };
    routes[c] = [newRoute(), newRoute()];
  }
  return { outcomes, routes, cadence: String(settings.revisionCadenceDays) };
}

export const newRoute = (): StartRoute => ({ name: '', stones: [] });

export const categoryLabel = (c: OutcomeCategory) => c.charAt(0).toUpperCase() + c.slice(1);

interface Outcome {
  category: OutcomeCategory;
  name: string;
  horizon: string | null;
}

interface Route {
  name: string;
  outcomes: OutcomeCategory[];
  stones: NoteChoice[];
}

type Checked<T> = T | { message: string };
const failed = <T extends object>(x: Checked<T>): x is { message: string } => 'message' in x;

/** Step 1: the outcomes named, each name usable and each horizon a date. */
export function checkOutcomes(input: StartModelInput): Checked<{ outcomes: Outcome[] }> {
  const outcomes: Outcome[] = [];
  for (const category of outcomeCategory.options) {
    const typed = input.outcomes[category];
    const label = categoryLabel(category);
    const horizon = readHorizon(typed.horizon);
    if (typed.name.trim() === '') {
      if (typed.horizon.trim() !== '')
        return {
          message: `${label} has a horizon but no outcome: name the outcome or clear the horizon.`,
        };
      continue;
    }
    const clean = cleanNoteName(typed.name);
    if (!clean.ok) return { message: `${label} outcome: ${clean.message}` };
    if (failed(horizon)) return { message: `${label} horizon: ${horizon.message}` };
    const twin = outcomes.find((o) => o.name.toLowerCase() === clean.name.toLowerCase());
    if (twin)
      return {
        message: `${categoryLabel(twin.category)} and ${label} both name ${clean.name}: give each its own outcome, or leave one empty.`,
      };
    outcomes.push({ category, name: clean.name, horizon: horizon.horizon });
  }
  if (outcomes.length === 0)
    return { message: 'Name at least one outcome you hope to reach in 3 to 5 years.' };
  return { outcomes };
}

/**
 * Step 2: the routes named, each name usable. A route with the same name under two outcomes
 * is one route to both, its stones in the order first given.
 */
export function checkRoutes(
  input: StartModelInput,
  outcomes: readonly Outcome[],
): Checked<{ routes: Route[] }> {
  const routes: Route[] = [];
  for (const { category, name: outcome } of outcomes) {
    for (const typed of input.routes[category]) {
      if (typed.name.trim() === '') {
        if (typed.stones.length > 0)
          return {
            message: `A route to ${outcome} has stepping stones but no name: name it, or remove its stones.`,
          };
        continue;
      }
      const clean = cleanNoteName(typed.name);
      if (!clean.ok) return { message: `Route to ${outcome}: ${clean.message}` };
      for (const stone of typed.stones) {
        const name = 'name' in stone ? cleanNoteName(stone.name) : null;
        if (name && !name.ok)
          return { message: `Stepping stone on ${clean.name}: ${name.message}` };
      }
      const same = routes.find((r) => r.name.toLowerCase() === clean.name.toLowerCase());
      if (same) {
        if (!same.outcomes.includes(category)) same.outcomes.push(category);
        same.stones.push(...typed.stones);
      } else routes.push({ name: clean.name, outcomes: [category], stones: [...typed.stones] });
    }
  }
  return { routes };
}

/** Step 3: the cadence, held to the setting's own rule. */
export function checkCadence(typed: string, settings: Settings): Checked<{ days: number }> {
  const text = typed.trim();
  const days = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isNaN(days) && parseSettings({ ...settings, revisionCadenceDays: days }).ok)
    return { days };
  return { message: `Revise every: "${text}" is not a number of days from 1 to 365, such as 30.` };
}

/**
 * Every note Start a work model creates, from what was typed: outcomes with their category
 * and horizon, stepping stones supporting the outcomes of the routes through them, routes
 * leading through their stones to their outcomes. An existing outcome or stone of the same
 * name (or alias) is that note, linked and left as it is; any other taken path gets a number
 * (`Design 2`), never an overwrite.
 */
export function draftStartModel(
  input: StartModelInput,
  settings: Settings,
  vault: VaultLookup,
): StartModelResult {
  const step1 = checkOutcomes(input);
  if (failed(step1)) return { ok: false, step: 1, message: step1.message };
  const step2 = checkRoutes(input, step1.outcomes);
  if (failed(step2)) return { ok: false, step: 2, message: step2.message };
  const cadence = checkCadence(input.cadence, settings);
  if (failed(cadence)) return { ok: false, step: 3, message: cadence.message };

  const d = new Drafting(settings, vault);
  const { folders } = settings;
  const linked = new Set<string>();
  /** The existing note of this kind and name (in the kind's folder first, then by link), or null. */
  const existing = (name: string, kind: 'outcome' | 'skill') => {
    const at = notePath(kind === 'outcome' ? folders.outcomes : folders.skills, name);
    const path = vault.exists(at) ? at : vault.resolver.resolve(name, at);
    return path !== null && vault.kindOf(path) === kind ? path : null;
  };

  // Plan every path first, so each link knows every note that could share its name.
  const outcomeAt = new Map<OutcomeCategory, string>();
  const newOutcomes: (Outcome & { path: string })[] = [];
  for (const o of step1.outcomes) {
    const old = existing(o.name, 'outcome');
    const path = old ?? d.freePath(o.name, folders.outcomes);
    outcomeAt.set(o.category, path);
    if (old === null) newOutcomes.push({ ...o, path });
    else linked.add(old);
  }
  const stoneAt = new Map<string, string>(); // typed name, lower case → path
  const newStones = new Map<string, Set<string>>(); // path → the outcomes it supports
  const routes = step2.routes.map((r) => {
    const outcomes = r.outcomes.map((c) => outcomeAt.get(c) ?? '');
    const steps: string[] = [];
    for (const stone of r.stones) {
      const path = 'path' in stone ? stone.path : stonePath(stone.name);
      if (!newStones.has(path)) linked.add(path);
      if (!steps.includes(path)) steps.push(path);
      for (const o of outcomes) newStones.get(path)?.add(o);
    }
    return { path: d.freePath(r.name, folders.routes), outcomes, steps };
  });
  /** A typed stone's path: the same name typed on two routes is one stone. */
  function stonePath(typed: string): string {
    const clean = cleanNoteName(typed);
    const name = clean.ok ? clean.name : typed; // checkRoutes refused names it could not clean
    const key = name.toLowerCase();
    let path = stoneAt.get(key);
    if (path === undefined) {
      const old = existing(name, 'skill');
      path = old ?? d.freePath(name, folders.skills);
      if (old === null) newStones.set(path, new Set());
      stoneAt.set(key, path);
    }
    return path;
  }

  const drafts = [
    ...newOutcomes.map((o) =>
      d.outcomeAt(o.path, {
        category: o.category,
        status: DEFAULTS.outcome.status,
        horizon: o.horizon,
      }),
    ),
    ...[...newStones].map(([path, supports]) =>
      d.skillAt(path, { category: DEFAULTS.skill.category, status: DEFAULTS.skill.status }, [
        ...supports,
      ]),
    ),
    ...routes.map((r) => d.routeAt(r.path, DEFAULTS.route, r.outcomes, r.steps)),
  ];
  return {
    ok: true,
    plan: {
      drafts,
      linked: [...linked].sort(),
      cadenceDays: cadence.days,
      counts: {
        outcomes: step1.outcomes.length,
        routes: routes.length,
        stones: new Set(routes.flatMap((r) => r.steps)).size,
      },
    },
  };
}
