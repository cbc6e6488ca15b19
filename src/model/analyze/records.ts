import type { Day } from '../dates';
import type { ModelNode } from '../graph/graph';
import type { Gauges, NoteState, RouteStatus, Signal } from '../read/note-schemas';
import type { CarryOver } from './carries-over';
import type { NextStep } from './next-steps';
import type { Pace } from './pace';

/** One evidence note as every output shows it. */
export interface EvidenceRecord {
  file: string;
  title: string;
  date: Day;
  signal: Signal | null;
  /** What happened: the note's `summary`, else the first paragraph of its body (cut). */
  happened: string | null;
  /** What it taught: the note's `lesson`. */
  lesson: string | null;
  /** What every output shows of it: what happened, then " — Lesson: " and the lesson. */
  excerpt: string | null;
  targets: string[];
  /**
   * Each route it reaches, and whether it is shared there: it reaches the route only through
   * steps another live route also uses. `via` is the route's note it links (the route first).
   */
  routes: { id: string; shared: boolean; via: string }[];
}

/** The analysis of one outcome, stepping stone or route: what any output needs of it. */
export interface NodeRecord extends ModelNode {
  state: NoteState;
  live: boolean;
  /** Its status is a live one, resting or not: what `live` says in `report --json`. */
  liveStatus: boolean;
  resting: boolean;
  /** Newest evidence day up to today (a stone's `completed` day counts), else its file's day. */
  lastActivity: Day;
  /** Evidence notes linking it, up to today. */
  evidenceCount: number;
  /**
   * Live, not resting, not an outcome (outcomes are hopes, not tasks), and not touched for
   * longer than the stale threshold.
   */
  stale: boolean;
  /** Its newest piece of evidence up to today. */
  latest: EvidenceRecord | null;
  /** The routes whose path it is on (for a route, itself), sorted. */
  routes: string[];
}

/** A route's figures for one calendar month. */
export interface TrendMonth {
  /** `YYYY-MM`. */
  month: string;
  wins: number;
  setbacks: number;
  insights: number;
  shifts: number;
  stepsCompleted: number;
}

/** Evidence counted by signal. */
export interface SignalCounts {
  wins: number;
  setbacks: number;
  insights: number;
  shifts: number;
}

/** The analysis of one route (SPEC §2): how far it is, how it moves, what it rests on. */
export interface RouteRecord extends Omit<NodeRecord, 'lastActivity'>, SignalCounts, Pace {
  status: RouteStatus;
  /**
   * 1 for the route advancing fastest: live routes first, then resting, then closed; within
   * each, by advancement, then own advancement, then progress, then title.
   */
  rank: number;
  /** What words call it after naming it once in full: its first alias, else the fewest
   * words of its title that no other route has. */
  shortName: string;
  /** Step ids in order. */
  steps: string[];
  /** Outcome ids it leads to, sorted. */
  outcomes: string[];
  stepsDone: number;
  stepsTotal: number;
  /** stepsDone / stepsTotal; 0 without steps. */
  progress: number;
  // The activity window: `activity`, the signal counts (`wins`, `setbacks`, …),
  // `uniqueEvidence` and `sharedEvidence`.
  /** Evidence notes in the activity window for the route or its steps: effort and learning. */
  activity: number;
  /** Activity-window evidence through the route itself or a step no other live route uses. */
  uniqueEvidence: number;
  /** Activity-window evidence only through steps another live route also uses. */
  sharedEvidence: number;
  // The advancement window: the rest of the figures below up to `trend`.
  /** Steps whose `completed` day is in the advancement window. */
  stepsCompleted: number;
  /** Of `stepsCompleted`, those on a stone another live route also uses. */
  sharedCompletions: number;
  /** Wins in the advancement window. */
  advancementWins: number;
  /** Of `advancementWins`, those reaching the route only through a stone it shares. */
  sharedWins: number;
  /** `advancementWins` + `stepsCompleted`. Setbacks, insights and shifts never count. */
  advancement: number;
  /** Its own part of `advancement`: unique wins and unshared completions. */
  ownAdvancement: number;
  /** The last 6 calendar months, oldest first. */
  trend: TrendMonth[];
  /** Newest evidence (or completed step) day of the route and its steps; null without any. */
  lastActivity: Day | null;
  /** Every piece of evidence reaching the route up to today, newest first. */
  evidence: EvidenceRecord[];
  /** Steps done with a `completed` day up to today, oldest first. */
  completedSteps: { id: string; day: Day }[];
  /** Closed or resting: done stones that carry over to live routes; live: its head start. */
  carriesOver: CarryOver[];
  /** The gauges the revision before today recorded for it; null when it recorded none. */
  gaugesBefore: Gauges | null;
}

/** The gauges the latest revision dated before today recorded, by route. */
export interface GaugesBefore {
  date: Day;
  routes: ReadonlyMap<string, Gauges>;
}

export type GapKind =
  'outcome-without-route' | 'unused-stone' | 'route-without-steps' | 'stone-without-evidence';

export interface Gap {
  kind: GapKind;
  id: string;
}

export type Question = 'rigid' | 'unmapped' | 'revising';

/** The two windows evidence is counted in, each ending today (today included). */
export interface Windows {
  /** Days of the activity window: recent effort and learning. */
  activityDays: number;
  /** Its first day. */
  activityStart: Day;
  /** Days of the advancement window: progress, which moves in months. */
  advancementDays: number;
  /** Its first day. */
  advancementStart: Day;
}

/** One answer to a reflection question, found in the notes; `notes` names them. */
export interface Finding {
  question: Question;
  finding: string;
  notes: string[];
  message: string;
}

export interface RevisionHistory {
  /** Revision notes dated up to today, oldest first. */
  revisions: { path: string; date: Day }[];
  last: { path: string; date: Day } | null;
  /** Mean days between consecutive revisions; null with fewer than two. */
  meanDays: number | null;
}

/** Everything the outputs show, on one day. Outputs only select and format. */
export interface Analysis {
  today: Day;
  windows: Windows;
  /** Outcomes, stones and routes, sorted by id. */
  nodes: NodeRecord[];
  node: ReadonlyMap<string, NodeRecord>;
  /** Routes sorted by id (stable colours); `ranked` holds them by rank. */
  routes: RouteRecord[];
  ranked: RouteRecord[];
  route: ReadonlyMap<string, RouteRecord>;
  /** Evidence up to today, sorted by file. */
  evidence: EvidenceRecord[];
  gaps: Gap[];
  health: Finding[];
  history: RevisionHistory;
  /** What to do next: candidate stones, ranked. */
  next: NextStep[];
  /** The day of the revision `gaugesBefore` comes from; null when there is none. */
  gaugesSince: Day | null;
}
