import type { Day } from '../dates';
import type { Evidence, ModelNode } from '../graph/graph';
import type { Settings } from '../settings';
import type { EvidenceRecord, NodeRecord, RouteRecord } from './records';

/** The structure evidence records and node routes rest on: each route's path and outcomes. */
export interface Structure {
  /** Each route's id, liveness, steps and outcomes, as one string to compare. */
  key: string;
  /** The live, non-resting routes using each stone. */
  liveUsers: Map<string, Set<string>>;
  /** Stones and outcomes only resting routes use: they rest with them. */
  restsWith: Set<string>;
  routePaths: Map<string, string[]>;
  routesOf: Map<string, string[]>;
  onRoutes: Map<string, Set<string>>;
}

/**
 * What one analysis keeps for the next, so that the next costs what changed: records of
 * unchanged inputs are reused (graphs of one `WorkIndex` keep the objects of unchanged notes).
 * A memo serves the graphs of one index, or a single graph. The rest is dropped when the
 * day, the settings or the routes' structure change. Records handed out never change.
 */
export class AnalysisMemo {
  /**
   * Each route's steps and outcomes, by its node: the index makes a new node object whenever
   * a note's part of the graph changes, so the same object means the same edges.
   */
  paths = new Map<string, { from: ModelNode; steps: string[]; outcomes: string[] }>();
  settings: Settings | null = null;
  today: Day | null = null;
  structure: Structure | null = null;
  /** The last graph's evidence list, and its evidence up to today with their records. */
  source: Evidence[] | null = null;
  evidence: Evidence[] = [];
  records: EvidenceRecord[] = [];
  /** Evidence per target and per route reached, newest first. */
  evidenceFor = new Map<string, EvidenceRecord[]>();
  reaching = new Map<string, EvidenceRecord[]>();
  /** Targets whose evidence list changed in this analysis. */
  changedTargets = new Set<string>();
  /** The last graph's nodes and the records made of them, in the same order. */
  nodeList: ModelNode[] = [];
  recordList: NodeRecord[] = [];
  /** Records of outcomes and stones, with what they were made from. */
  nodes = new Map<
    string,
    { from: ModelNode; evs: EvidenceRecord[] | undefined; record: NodeRecord }
  >();
  /** Records of routes (and their node records), with what they were made from. */
  routes = new Map<string, { from: unknown[]; node: NodeRecord; route: RouteRecord }>();

  /** Drops everything unless the day, settings and structure are those of the last analysis. */
  keepFor(settings: Settings, today: Day, structureKey: string): boolean {
    if (this.settings === settings && this.today === today && this.structure?.key === structureKey)
      return true;
    this.settings = settings;
    this.today = today;
    this.structure = null;
    this.source = null;
    this.evidence = [];
    this.records = [];
    this.evidenceFor = new Map();
    this.reaching = new Map();
    this.nodes = new Map();
    this.nodeList = [];
    this.recordList = [];
    this.routes = new Map();
    return false;
  }
}
