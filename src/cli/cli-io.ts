import type { ProgressSink } from './progress';

/** What a run of the CLI writes to and reads from: its streams, today and its version. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Today's date when `--now` is not given. */
  today: () => string;
  version: string;
  /** Given only when stderr is a terminal: progress of a long read goes there. */
  progress?: ProgressSink;
}
