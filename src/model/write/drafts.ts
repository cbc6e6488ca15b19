import { cleanNoteName, notePath } from './file-names';
import type { LinkLookup } from '../graph/link-resolver';
import { DEFAULTS } from '../read/note-schemas';
import type {
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

/** What drafting needs to know about the vault: which paths exist and how links resolve. */
export interface VaultLookup {
  exists: (path: string) => boolean;
  resolver: LinkLookup;
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

class Drafting {
  readonly drafts: NoteDraft[] = [];
  private readonly planned = new Set<string>();
  constructor(
    private readonly settings: Settings,
    private readonly vault: VaultLookup,
  ) {}

  /** The path a new note would get; refuses names that are unusable or already taken. */
  newPath(rawName: string, folder: string): { path: string } | { message: string } {
    const clean = cleanNoteName(rawName);
    if (!clean.ok) return { message: clean.message };
    const path = notePath(folder, clean.name);
    if (this.vault.exists(path) || this.planned.has(path.toLowerCase())) {
      return { message: `${path} already exists. Pick the existing note or choose another name.` };
    }
    this.planned.add(path.toLowerCase());
    return { path };
  }

  /** The path of a chosen note, drafting it first when it is new. */
  pathOf(choice: NoteChoice, make: (name: string) => Made): { path: string } | { message: string } {
    if ('path' in choice) return choice;
    const made = make(choice.name);
    if ('message' in made) return made;
    this.drafts.push(made);
    return { path: made.path };
  }

  /** A wikilink from `source` to `path`; a new note's bare name is used when nothing else claims it. */
  linkTo(path: string, source: string): string {
    if (this.vault.exists(path)) return `[[${linktextFor(path, source, this.vault.resolver)}]]`;
    const name = basename(path);
    return `[[${this.vault.resolver.resolve(name, source) === null ? name : path.replace(/\.md$/i, '')}]]`;
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
    if ('message' in at) return at;
    const fm = frontmatterText({
      tags: [this.settings.tags.outcome],
      category: fields.category ?? undefined,
      status: fields.status,
      horizon: fields.horizon ?? undefined,
    });
    return { path: at.path, content: `${fm}\n${OUTCOME_BODY}` };
  }

  skill(fields: SkillFields): Made {
    const at = this.newPath(fields.name, this.settings.folders.skills);
    if ('message' in at) return at;
    const supports = this.paths(fields.supports, this.newOutcome);
    if (!Array.isArray(supports)) return supports;
    const fm = frontmatterText({
      tags: [this.settings.tags.skill],
      category: fields.category,
      status: fields.status,
      [this.settings.properties.supports]: supports.map((p) => this.linkTo(p, at.path)),
    });
    return { path: at.path, content: `${fm}\n${SKILL_BODY}` };
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
  const fm = frontmatterText({
    tags: [settings.tags.route],
    status: fields.status,
    risk: fields.risk ?? undefined,
    [settings.properties.outcomes]: outcomes.map((p) => d.linkTo(p, at.path)),
    [settings.properties.steps]: steps.map((p) => d.linkTo(p, at.path)),
  });
  return { ok: true, drafts: [{ path: at.path, content: `${fm}\n${ROUTE_BODY}` }, ...d.drafts] };
}
