import { toHorizon } from '../dates';
import { cleanNoteName, notePath } from './file-names';
import type { LinkLookup } from '../graph/link-resolver';
import { DEFAULTS } from '../read/note-schemas';
import type {
  ModelKind,
  OutcomeCategory,
  OutcomeStatus,
  RouteRisk,
  RouteStatus,
  SkillCategory,
  SkillStatus,
} from '../read/note-schemas';
import type { Settings } from '../settings';
import { frontmatterText } from './yaml-text';

/** A note to create: where, and its whole text. The adapter writes it with `vault.create`. */
export interface NoteDraft {
  path: string;
  content: string;
}

export type DraftResult = { ok: true; drafts: NoteDraft[] } | { ok: false; message: string };

/** A note picked in a modal: an existing note's path, or the name of a note to create. */
export type NoteChoice = { path: string } | { name: string };

export interface OutcomeFields {
  name: string;
  category: OutcomeCategory | null;
  status: OutcomeStatus;
  horizon: string | null;
}

export interface SkillFields {
  name: string;
  category: SkillCategory;
  status: SkillStatus;
  supports: NoteChoice[];
}

export interface RouteFields {
  name: string;
  outcomes: NoteChoice[];
  steps: NoteChoice[];
  status: RouteStatus;
  risk: RouteRisk | null;
}

/** A horizon as typed: empty is none; anything but a year, a month or a day is refused. */
export function readHorizon(typed: string): { horizon: string | null } | { message: string } {
  const text = typed.trim();
  if (text === '') return { horizon: null };
  const horizon = toHorizon(text);
  return horizon === null
    ? {
        message: `"${text}" is not a horizon: write a year, a month or a day, such as 2029, 2029-06 or 2029-06-30.`,
      }
    : { horizon };
}

/** What drafting needs to know about the vault: which paths exist and how links resolve. */
export interface VaultLookup {
  exists: (path: string) => boolean;
  resolver: LinkLookup;
  /** The kind of model note at a path; null for any other note. */
  kindOf: (path: string) => ModelKind | null;
}

export const OUTCOME_BODY = `## What reaching it looks like
- 

## Why it matters to me
- 
`;

export const SKILL_BODY = `## Why this stepping stone
- 

## How I will build it
- 
`;

/** The route's reasoning prompts (SPEC §4). */
export const ROUTE_BODY = `## Why this route


## Assumptions
- 

## Next small experiment
- 

## Signals to watch
- 
`;

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');

/**
 * The shortest link text that resolves to `path` from `source`, as Obsidian's
 * `fileToLinktext` gives: the bare name when it is unambiguous, else the path.
 */
export function linktextFor(path: string, source: string, resolver: LinkLookup): string {
  const name = basename(path);
  return resolver.resolve(name, source) === path ? name : path.replace(/\.md$/i, '');
}

type Made = NoteDraft | { message: string };

/**
 * The notes one command creates: plans their paths (never a taken one) and writes their
 * text, linking each note by its bare name only where no other note, existing or planned,
 * could take that link.
 */
export class Drafting {
  readonly drafts: NoteDraft[] = [];
  private readonly planned = new Set<string>();
  constructor(
    private readonly settings: Settings,
    private readonly vault: VaultLookup,
  ) {}

  private isTaken(path: string): boolean {
    return this.vault.exists(path) || this.planned.has(path.toLowerCase());
  }

  /** The path a new note would get; refuses names that are unusable or already taken. */
  newPath(rawName: string, folder: string): { path: string } | { message: string } {
    const clean = cleanNoteName(rawName);
    if (!clean.ok) return { message: clean.message };
    const path = notePath(folder, clean.name);
    if (this.isTaken(path)) {
      return { message: `${path} already exists. Pick the existing note or choose another name.` };
    }
    this.planned.add(path.toLowerCase());
    return { path };
  }

  /** The path a new note would get; a taken name gets a number (`Tech 2`), never an overwrite. */
  freePath(name: string, folder: string): string {
    let path = notePath(folder, name);
    for (let n = 2; this.isTaken(path); n++) path = notePath(folder, `${name} ${n}`);
    this.planned.add(path.toLowerCase());
    return path;
  }

  /** The path of a chosen note, drafting it first when it is new. */
  pathOf(choice: NoteChoice, make: (name: string) => Made): { path: string } | { message: string } {
    if ('path' in choice) return choice;
    const made = make(choice.name);
    if ('message' in made) return made;
    this.drafts.push(made);
    return { path: made.path };
  }

  /**
   * A wikilink from `source` to `path`: the bare name when it resolves there and no planned
   * note shares it (a new route and a new outcome both named `Design` need paths), else the path.
   */
  linkTo(path: string, source: string): string {
    const name = basename(path);
    const lower = name.toLowerCase();
    const bare = this.vault.exists(path)
      ? linktextFor(path, source, this.vault.resolver) === name
      : this.vault.resolver.resolve(name, source) === null;
    const shared = [...this.planned].some((p) => p !== path.toLowerCase() && basename(p) === lower);
    return `[[${bare && !shared ? name : path.replace(/\.md$/i, '')}]]`;
  }

  /** Paths of the chosen notes in order, each once (a name typed twice is one new note). */
  paths(choices: NoteChoice[], make: (name: string) => Made): string[] | { message: string } {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const choice of choices) {
      const clean = 'name' in choice ? cleanNoteName(choice.name) : null;
      const key =
        'path' in choice
          ? choice.path.toLowerCase()
          : clean?.ok
            ? `new:${clean.name.toLowerCase()}`
            : choice.name;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = this.pathOf(choice, make);
      if ('message' in at) return at;
      if (!out.some((p) => p.toLowerCase() === at.path.toLowerCase())) out.push(at.path);
    }
    return out;
  }

  newOutcome = (name: string): Made =>
    this.outcome({ name, category: null, status: DEFAULTS.outcome.status, horizon: null });

  outcome(fields: OutcomeFields): Made {
    const at = this.newPath(fields.name, this.settings.folders.outcomes);
    return 'message' in at ? at : this.outcomeAt(at.path, fields);
  }

  /** An outcome note's text at a planned path. */
  outcomeAt(path: string, fields: Omit<OutcomeFields, 'name'>): NoteDraft {
    const fm = frontmatterText({
      tags: [this.settings.tags.outcome],
      category: fields.category ?? undefined,
      status: fields.status,
      horizon: fields.horizon ?? undefined,
    });
    return { path, content: `${fm}\n${OUTCOME_BODY}` };
  }

  skill(fields: SkillFields): Made {
    const at = this.newPath(fields.name, this.settings.folders.skills);
    if ('message' in at) return at;
    const supports = this.paths(fields.supports, this.newOutcome);
    if (!Array.isArray(supports)) return supports;
    return this.skillAt(at.path, fields, supports);
  }

  /** A stepping stone's text at a planned path, supporting the outcomes at `supports`. */
  skillAt(
    path: string,
    fields: Omit<SkillFields, 'name' | 'supports'>,
    supports: string[],
  ): NoteDraft {
    const fm = frontmatterText({
      tags: [this.settings.tags.skill],
      category: fields.category,
      status: fields.status,
      [this.settings.properties.supports]: supports.map((p) => this.linkTo(p, path)),
    });
    return { path, content: `${fm}\n${SKILL_BODY}` };
  }

  /** A route's text at a planned path, leading to `outcomes` through `steps` in order. */
  routeAt(
    path: string,
    fields: Pick<RouteFields, 'status' | 'risk'>,
    outcomes: string[],
    steps: string[],
  ): NoteDraft {
    const fm = frontmatterText({
      tags: [this.settings.tags.route],
      status: fields.status,
      risk: fields.risk ?? undefined,
      [this.settings.properties.outcomes]: outcomes.map((p) => this.linkTo(p, path)),
      [this.settings.properties.steps]: steps.map((p) => this.linkTo(p, path)),
    });
    return { path, content: `${fm}\n${ROUTE_BODY}` };
  }
}

const result = (d: Drafting, main: Made): DraftResult =>
  'message' in main
    ? { ok: false, message: main.message }
    : { ok: true, drafts: [main, ...d.drafts] };

export function draftOutcome(
  fields: OutcomeFields,
  settings: Settings,
  vault: VaultLookup,
): DraftResult {
  const d = new Drafting(settings, vault);
  return result(d, d.outcome(fields));
}

/**
 * A note with no kind, where its link points: each part of the name cleaned as every created
 * note's is (`What now?` → `What now`), so the name is valid on Windows and mobile.
 */
export function draftPlainNote(name: string): DraftResult {
  const names: string[] = [];
  for (const part of name.split('/').filter((p) => p.trim() !== '')) {
    const clean = cleanNoteName(part);
    if (!clean.ok) return clean;
    names.push(clean.name);
  }
  const last = names.pop();
  if (last === undefined) return { ok: false, message: `"${name}" cannot be a note name.` };
  return { ok: true, drafts: [{ path: notePath(names.join('/'), last), content: '' }] };
}

/** A skill note and any new outcome notes it supports. */
export function draftSkill(
  fields: SkillFields,
  settings: Settings,
  vault: VaultLookup,
): DraftResult {
  const d = new Drafting(settings, vault);
  return result(d, d.skill(fields));
}

/**
 * A route note, first in the result, and the new outcome and skill notes it names. Steps keep
 * their order; a note chosen twice is linked once. New steps support the route's outcomes.
 */
export function draftRoute(
  fields: RouteFields,
  settings: Settings,
  vault: VaultLookup,
): DraftResult {
  const d = new Drafting(settings, vault);
  const at = d.newPath(fields.name, settings.folders.routes);
  if ('message' in at) return { ok: false, message: at.message };
  if (fields.outcomes.length === 0) {
    return {
      ok: false,
      message: 'A route needs at least one outcome: pick one or type a new name.',
    };
  }
  const outcomes = d.paths(fields.outcomes, d.newOutcome);
  if (!Array.isArray(outcomes)) return { ok: false, message: outcomes.message };
  const steps = d.paths(fields.steps, (name) =>
    d.skill({
      name,
      category: DEFAULTS.skill.category,
      status: DEFAULTS.skill.status,
      supports: outcomes.map((path) => ({ path })),
    }),
  );
  if (!Array.isArray(steps)) return { ok: false, message: steps.message };
  return { ok: true, drafts: [d.routeAt(at.path, fields, outcomes, steps), ...d.drafts] };
}
