import type { Analysis } from '../analyze/analyze';
import { titleOf } from '../read/note-input';
import { verdictOf } from '../analyze/verdict';
import { findRoutePair } from './head-to-head';
import { GAP_LABELS, percent, QUESTIONS, REFLECTION_QUESTIONS, windowLabel } from './labels';
import { setbacksSentence, verdictRows, verdictSentence, verdictTitle } from './verdict-text';

/** A table cell: text, the note it opens when it names one, or several notes. */
export interface Cell {
  text: string;
  path?: string;
  /** Notes the cell names, each a link (health findings). */
  links?: { text: string; path: string }[];
}

export interface Table {
  headers: string[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  empty: string;
  /** A sentence shown above the table (the head-to-head in words). */
  caption?: string;
}

export const TABLE_KINDS = ['routes', 'outcomes', 'gaps', 'health', 'compare', 'next'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface BlockOptions {
  show: TableKind;
  statuses: string[] | null;
  /** The two routes of `show: compare`, by title or path. */
  routes: string[];
  error: string | null;
}

const KNOWN = TABLE_KINDS.join(', ');

/** A cell naming several notes, each a link. */
const notesCell = (ids: readonly string[]): Cell => ({
  text: ids.map(titleOf).join(', '),
  links: ids.map((id) => ({ text: titleOf(id), path: id })),
});

/**
 * Options of a `work-model` code block, one `key: value` a line: `show: routes|outcomes|gaps|
 * health|compare|next`; for routes, `status: active, exploring` to list only those; for compare,
 * two `route:` lines naming the routes.
 */
export function parseBlockOptions(source: string): BlockOptions {
  const options: BlockOptions = { show: 'routes', statuses: null, routes: [], error: null };
  for (const line of source.split('\n')) {
    const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!m) {
      if (line.trim() && options.error === null)
        options.error = `"${line.trim()}" is not an option; write "show: ${TABLE_KINDS[0]}" (or ${KNOWN}).`;
      continue;
    }
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    if (key === 'show') {
      const v = value.toLowerCase();
      if ((TABLE_KINDS as readonly string[]).includes(v)) options.show = v as TableKind;
      else options.error ??= `show: "${value}" is not known; use ${KNOWN}.`;
    } else if (key === 'status')
      options.statuses = value
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean);
    else if (key === 'route') options.routes.push(value);
    else options.error ??= `"${key}" is not an option; the options are show, status and route.`;
  }
  return options;
}

/** The table a code block shows; each one only selects and formats the analysis. */
export function buildTable(analysis: Analysis, options: Omit<BlockOptions, 'error'>): Table {
  const title = (id: string): Cell => ({ text: analysis.node.get(id)?.title ?? id, path: id });
  const season = windowLabel(analysis.windows.advancementDays);
  const recent = windowLabel(analysis.windows.activityDays);
  switch (options.show) {
    case 'routes': {
      const { statuses } = options;
      const rows = analysis.ranked
        .filter((r) => !statuses || statuses.includes(r.status))
        .map((r) => [
          { text: String(r.rank) },
          title(r.id),
          { text: r.resting ? `${r.status}, resting` : r.status },
          { text: `${percent(r.progress)} (${r.stepsDone}/${r.stepsTotal})` },
          { text: String(r.advancement) },
          { text: String(r.ownAdvancement) },
          { text: String(r.wins) },
          { text: String(r.setbacks) },
          { text: `${r.uniqueEvidence}/${r.sharedEvidence}` },
          { text: r.lastActivity ?? '—' },
        ]);
      return {
        headers: [
          'Rank',
          'Route',
          'Status',
          'Progress',
          `Advancement, ${season}`,
          `Own, ${season}`,
          `Wins, ${recent}`,
          `Setbacks, ${recent}`,
          `Unique/shared, ${recent}`,
          'Last activity',
        ],
        rows,
        empty: 'No routes yet. Use "Add route" to map one.',
      };
    }
    case 'outcomes': {
      const rows = analysis.nodes
        .filter((n) => n.kind === 'outcome')
        .map((n) => [
          title(n.id),
          { text: n.category ?? '—' },
          { text: n.resting && n.resume ? `${n.status}, resting until ${n.resume}` : n.status },
          { text: n.horizon ?? '—' },
          {
            text: String(analysis.routes.filter((r) => r.live && r.outcomes.includes(n.id)).length),
          },
          { text: n.lastActivity },
        ]);
      return {
        headers: ['Outcome', 'Category', 'Status', 'Horizon', 'Live routes', 'Last activity'],
        rows,
        empty: 'No outcomes yet. Use "Add outcome" to name one.',
      };
    }
    case 'gaps':
      return {
        headers: ['Gap', 'Note'],
        rows: analysis.gaps.map((g) => [{ text: GAP_LABELS[g.kind] }, title(g.id)]),
        empty: 'No gaps.',
      };
    case 'health': {
      const rows = QUESTIONS.flatMap((q) =>
        analysis.health
          .filter((f) => f.question === q)
          .map((f) => [{ text: REFLECTION_QUESTIONS[q] }, { text: f.message }, notesCell(f.notes)]),
      );
      return { headers: ['Question', 'Finding', 'Notes'], rows, empty: 'Nothing to report.' };
    }
    case 'next': {
      return {
        headers: ['Rank', 'Stepping stone', 'Next on', 'Routes', 'Outcomes'],
        rows: analysis.next.map((s) => [
          { text: String(s.rank) },
          title(s.stone),
          notesCell(s.nextOn),
          { text: String(s.onRoutes.length) },
          { text: String(s.outcomes.length) },
        ]),
        empty: 'No next step: no live route has a stepping stone left to do.',
      };
    }
    case 'compare': {
      const empty =
        'Name two routes to compare: a line "route: …" for each (a title, a part of it, or a path).';
      if (options.routes.length < 2) return { headers: [], rows: [], empty };
      const found = findRoutePair(analysis, options.routes);
      if ('messages' in found) return { headers: [], rows: [], empty: found.messages.join(' ') };
      const v = verdictOf(analysis, ...found.pair);
      const { headers, rows } = verdictRows(v);
      return {
        headers,
        caption: `${verdictTitle(v)}: ${verdictSentence(v)} ${setbacksSentence(v)}`,
        rows: rows.map((r) => r.map((text) => ({ text }))),
        empty,
      };
    }
  }
}
