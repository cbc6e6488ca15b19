import type { ProgressSink } from './progress';

/** What a run of the CLI writes to and reads from: its streams, its clock and its version. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Today's date when `--now` is not given. */
  today: () => string;
  /** The local time of day, for a revision's `{{time}}` when `--now` is not given. */
  time: () => { hours: number; minutes: number };
  version: string;
  /** Given only when stderr is a terminal: progress of a long read goes there. */
  progress?: ProgressSink;
}
