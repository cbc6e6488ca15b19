// The benchmark's baseline: list a folder as the CLI does and read every file, nothing else.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.argv[2];
const files = [];
const walk = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true });
  await Promise.all(
    entries.map((e) => {
      if (e.name.startsWith('.')) return undefined;
      const full = join(dir, e.name);
      if (e.isDirectory()) return walk(full);
      files.push(full);
      return undefined;
    }),
  );
};
await walk(root);
let next = 0;
let bytes = 0;
const worker = async () => {
  while (next < files.length) bytes += (await readFile(files[next++], 'utf8')).length;
};
await Promise.all(Array.from({ length: 64 }, worker));
process.stdout.write(`${files.length} files, ${bytes} characters\n`);
