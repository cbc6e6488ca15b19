import type { Edge, Evidence, Ghost, Graph, ModelNode } from './graph';
import type { LinkRef } from '../read/link-text';
import { linkKey, type LinkLookup } from './link-resolver';
import { isMarkdownPath, titleOf } from '../read/note-input';
import { clip } from '../read/limits';
import type { ModelKind } from '../read/note-schemas';
import { cmp, compareProblems, error, warning, type Problem } from '../problem';
import type { ParsedNote } from '../read/read-note';
import type { Settings } from '../settings';
import { article } from '../words';

function toNode(note: ParsedNote): ModelNode | null {
  const p = note.props;
  if (!p || p.kind === 'revision') return null;
  return {
    id: note.path,
    kind: p.kind,
    // Named here, not when read: most notes the index reads are journals, never shown by name.
    title: titleOf(note.path),
    status: p.status,
    category: p.kind === 'route' ? null : p.category,
    risk: p.kind === 'route' ? p.risk : null,
    horizon: p.kind === 'outcome' ? p.horizon : null,
    completed: p.kind === 'skill' ? p.completed : null,
    resume: p.resume,
    gauges: p.kind === 'route' ? p.gauges : null,
    aliases: note.aliases,
    mtime: note.mtime,
  };
}

function compareEdges(a: Edge, b: Edge): number {
  return (
    cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind) || (a.order ?? 0) - (b.order ?? 0)
  );
}

/**
 * The warning for a link that the model follows but Obsidian's graph, backlinks and rename
 * updates do not (SPEC §3): plain text, a Markdown link, or a link that names the note only
 * through one of its aliases. Null for an ordinary wikilink.
 */
function unfollowedLink(ref: LinkRef, target: string): string | null {
  const title = titleOf(target);
  const subpath = ref.subpath === null ? '' : `#${ref.subpath}`;
  const viaAlias = ref.path !== '' && linkKey(ref.path) !== linkKey(target);
  // A relative path (`../Note.md`) is no wikilink Obsidian follows: name the vault path.
  const path = ref.path.startsWith('.') ? target : ref.path;
  const linkPath = isMarkdownPath(path) ? path.slice(0, -3) : path;
  const write = clip(viaAlias ? `[[${title}${subpath}|${ref.path}]]` : `[[${linkPath}${subpath}]]`);
  const advice = `Write "${write}" so Obsidian keeps it when the note is renamed; it is used meanwhile.`;
  const ignored = "Obsidian's graph, backlinks and rename updates ignore it";
  if (ref.form === 'text')
    return `"${clip(ref.raw)}" is plain text, not a link: ${ignored}. ${advice}`;
  if (ref.form === 'markdown')
    return `${clip(ref.raw)} is a Markdown link, and in a property ${ignored}. ${advice}`;
  if (viaAlias)
    return `${clip(ref.raw)} names ${clip(title)} only through its alias "${clip(ref.path)}", and ${ignored}. ${advice}`;
  return null;
}

/**
 * Resolves every link of the parsed notes and assembles the graph: nodes, edges, evidence,
 * ghosts for missing notes, and all problems. Input order does not matter; output is sorted.
 * `known` holds every note links may point at, when `notes` is only part of them (the
 * incremental index builds one note's part at a time).
 */
export function buildGraph(
  notes: Iterable<ParsedNote>,
  resolver: LinkLookup,
  settings: Settings,
  known?: ReadonlyMap<string, ParsedNote>,
): Graph {
  const parsed = new Map<string, ParsedNote>();
  const byId = new Map<string, ModelNode>();
  const revisions: Graph['revisions'] = [];
  for (const note of notes) {
    parsed.set(note.path, note);
    const node = toNode(note);
    if (node) byId.set(node.id, node);
    if (note.props?.kind === 'revision') revisions.push({ path: note.path, date: note.props.date });
  }

  const lookup = known ?? parsed;
  /** The kind of model node at a path; undefined when it is none. */
  const kindOf = (path: string) => {
    const kind = lookup.get(path)?.props?.kind;
    return kind === 'revision' ? undefined : kind;
  };

  const edges: Edge[] = [];
  const ghosts: Ghost[] = [];
  const problems: Problem[] = [];
  const evidence: Evidence[] = [];

  /** What a resolved target is, in words, for a wrong-kind message. */
  const describeTarget = (path: string) => {
    if (!isMarkdownPath(path)) return 'a file, not a note,';
    const kind = lookup.get(path)?.props?.kind;
    return kind ? `${article(kind)},` : 'a note without a work model tag,';
  };

  /** Resolves one link; reports missing, wrong-kind and plain-text links. */
  const resolveRef = (
    from: string,
    field: string,
    ref: LinkRef,
    expects: readonly ModelKind[],
    after?: number,
  ): string | null => {
    const target = resolver.resolve(ref.path, from);
    const shown = ref.form === 'text' ? `"${clip(ref.raw)}"` : clip(ref.raw);
    if (target === null) {
      ghosts.push(
        after === undefined
          ? { from, field, name: ref.path }
          : { from, field, name: ref.path, after },
      );
      problems.push(
        error(
          from,
          field,
          `${shown} does not match any note. Create the note "${clip(ref.path)}" or correct the link.`,
        ),
      );
      return null;
    }
    const kind = kindOf(target);
    if (!kind || !expects.includes(kind)) {
      const wanted = expects
        .map(article)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1');
      const tag = expects.map((k) => `#${settings.tags[k]}`).join(' or ');
      problems.push(
        error(
          from,
          field,
          `${shown} links ${target}, which is ${describeTarget(target)} where ${wanted} belongs. Link a note tagged ${tag} here.`,
        ),
      );
      return null;
    }
    const unfollowed = unfollowedLink(ref, target);
    if (unfollowed) problems.push(warning(from, field, unfollowed));
    return target;
  };

  for (const note of parsed.values()) {
    for (const p of note.problems) problems.push(p);
    const kind = note.props?.kind;
    for (const field of note.links) {
      const seen = new Set<string>();
      let order = 0;
      const isStep = kind === 'route' && field.expects === 'skill';
      for (const ref of field.refs) {
        const target = resolveRef(
          note.path,
          field.field,
          ref,
          [field.expects],
          isStep ? order : undefined,
        );
        if (target === null) continue;
        if (seen.has(target)) {
          if (isStep) {
            problems.push(
              warning(
                note.path,
                field.field,
                `${clip(ref.raw)} is listed more than once; it counts once, at its first place. Remove the repeat.`,
              ),
            );
          }
          continue;
        }
        seen.add(target);
        if (kind === 'skill') edges.push({ from: note.path, to: target, kind: 'supports' });
        else if (field.expects === 'outcome')
          edges.push({ from: note.path, to: target, kind: 'target' });
        else edges.push({ from: note.path, to: target, kind: 'step', order: ++order });
      }
      if (kind === 'route' && field.expects === 'outcome' && field.refs.length === 0) {
        problems.push(
          error(
            note.path,
            field.field,
            `A route needs at least one outcome. Add ${field.field}: ["[[Your outcome]]"] to say where it leads.`,
          ),
        );
      }
    }

    const ev = note.evidence;
    if (ev) {
      const targets = new Set<string>();
      for (const ref of ev.refs) {
        const target = resolveRef(note.path, ev.field, ref, ['outcome', 'skill', 'route']);
        if (target !== null) targets.add(target);
      }
      // Journal body links are ordinary links too: only those to model notes are evidence.
      for (const ref of ev.bodyRefs) {
        const target = resolver.resolve(ref.path, note.path);
        if (target !== null && kindOf(target)) targets.add(target);
      }
      if (targets.size > 0) {
        const sorted = [...targets].sort(cmp);
        evidence.push({
          file: note.path,
          date: ev.date,
          signal: ev.signal,
          happened: ev.happened,
          lesson: ev.lesson,
          targets: sorted,
        });
        for (const to of sorted) edges.push({ from: note.path, to, kind: 'evidence' });
      }
    }
  }

  const nodes = [...byId.values()].sort((a, b) => cmp(a.id, b.id));
  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    edges: edges.sort(compareEdges),
    evidence: evidence.sort((a, b) => cmp(a.file, b.file)),
    ghosts: ghosts.sort(
      (a, b) => cmp(a.from, b.from) || cmp(a.field, b.field) || cmp(a.name, b.name),
    ),
    problems: problems.sort(compareProblems),
    revisions: revisions.sort((a, b) => cmp(a.date, b.date) || cmp(a.path, b.path)),
  };
}
