import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSnapshot, previousRevision, type Day, type Graph, type Snapshot } from '../model';

/** The latest revision dated before today, with the snapshot it recorded (null if none). */
export async function readPreviousRevision(
  root: string,
  graph: Graph,
  today: Day,
): Promise<{ date: Day; snapshot: Snapshot | null } | null> {
  const before = previousRevision(graph, today);
  if (!before) return null;
  const text = await readFile(join(root, before.path), 'utf8').catch(() => '');
  return { date: before.date, snapshot: decodeSnapshot(text) };
}
