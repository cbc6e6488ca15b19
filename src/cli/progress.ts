/** Where progress goes: given only when stderr is a terminal (never in pipes). */
export interface ProgressSink {
  /** Writes to stderr as is, without a newline. */
  write: (text: string) => void;
  /** Milliseconds from any fixed point (injected, so tests need no real time). */
  now: () => number;
}

/** Silent for the first second; then at most ten updates a second. */
const AFTER_MS = 1000;
const EVERY_MS = 100;

/**
 * "Reading notes… n of m" on one line of stderr, rewritten in place, once reading has taken
 * more than a second; the line is cleared when reading ends. Without a sink, nothing.
 */
export function progressLine(sink: ProgressSink | undefined) {
  const start = sink?.now() ?? 0;
  let last = -Infinity;
  let shown = false;
  return {
    tick: (done: number, total: number): void => {
      if (!sink) return;
      const t = sink.now();
      if (t - start <= AFTER_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      sink.write(`\rReading notes… ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`);
    },
    end: (): void => {
      if (sink && shown) sink.write('\r\x1b[K');
    },
  };
}
