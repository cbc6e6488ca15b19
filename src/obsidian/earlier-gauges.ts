import type { App } from 'obsidian';
import {
  decodeSnapshot,
  gaugesBefore,
  previousRevision,
  type Day,
  type GaugesBefore,
  type Graph,
} from '../model';

/**
 * The gauges the revision before today recorded. Its snapshot sits in the note's body, which
 * the metadata cache does not hold: each version of that note is read once, in the
 * background, and `changed` is called when it has been, so the views redraw with it.
 */
export class EarlierGauges {
  private kept: { key: string; before: GaugesBefore | null } | null = null;
  private reading: string | null = null;

  constructor(
    private readonly app: App,
    private readonly changed: () => void,
  ) {}

  /** What is known of the revision before `today`: null until its snapshot has been read. */
  before(graph: Graph, today: Day): GaugesBefore | null {
    const revision = previousRevision(graph, today);
    const file = revision && this.app.vault.getFileByPath(revision.path);
    if (!revision || !file) return null;
    const key = `${revision.path}\n${revision.date}\n${file.stat.mtime}`;
    if (this.kept?.key === key) return this.kept.before;
    if (this.reading !== key) {
      this.reading = key;
      void this.app.vault
        .cachedRead(file)
        .catch(() => '')
        .then((text) => {
          if (this.reading !== key) return; // a newer revision is being read
          this.reading = null;
          const snapshot = decodeSnapshot(text);
          this.kept = { key, before: gaugesBefore({ date: revision.date, snapshot }) };
          this.changed();
        });
    }
    return null;
  }
}
