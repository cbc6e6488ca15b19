import { DEFAULT_SETTINGS, LinkResolver, isPlainNote } from '../src/model';
import { syntheticVault } from './synthetic';
const notes = syntheticVault(100_000);
const inputs = notes.map((n) => ({
  path: n.path,
  mtime: n.mtime,
  frontmatter: n.frontmatter,
  frontmatterError: null,
  bodyLinks: n.links,
}));
for (let r = 0; r < 4; r++) {
  let t = performance.now();
  let c = 0;
  for (const i of inputs) if (isPlainNote(i, DEFAULT_SETTINGS)) c++;
  const plain = performance.now() - t;
  t = performance.now();
  const res = new LinkResolver();
  for (const i of inputs) res.set(i.path);
  const resolve = performance.now() - t;
  t = performance.now();
  const m = new Map();
  for (const i of inputs) m.set(i.path.toLowerCase(), i.path);
  const lower = performance.now() - t;
  console.log({
    plain: plain.toFixed(1),
    c,
    resolve: resolve.toFixed(1),
    lowerMap: lower.toFixed(1),
  });
}
