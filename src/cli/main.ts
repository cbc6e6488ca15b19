import { localTime, localToday, runCli } from './run';

declare const WORK_MODEL_VERSION: string;

// A reader that stops early (`report | head`) is no failure: the rest of the output has
// nowhere to go, and the run ends with its own exit code, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: Error & { code?: string }) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: localToday,
  time: localTime,
  version: WORK_MODEL_VERSION,
  // Progress only on a terminal: never in a pipe or a file.
  progress: process.stderr.isTTY
    ? { write: (text) => process.stderr.write(text), now: () => performance.now() }
    : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `work-model: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 2;
  },
);
