// Prints what each dependency and each part of src takes of main.js, in minified bytes, from
// the esbuild metafile `npm run build` writes (dist/main.meta.json).
import { readFileSync } from 'node:fs';

const meta = JSON.parse(readFileSync(new URL('../dist/main.meta.json', import.meta.url), 'utf8'));
const output = meta.outputs['main.js'];
const shares = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  const part = pkg ?? file.split('/').slice(0, 2).join('/');
  shares.set(part, (shares.get(part) ?? 0) + bytesInOutput);
}
const rows = [...shares].sort((a, b) => b[1] - a[1]);
const lines = rows.map(([part, bytes]) => `${String(bytes).padStart(8)}  ${part}`);
process.stdout.write(`main.js: ${output.bytes} bytes\n${lines.join('\n')}\n`);
