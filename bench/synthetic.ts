// Deterministic synthetic vaults for the benchmark: most notes unrelated, a modeled subset of
// outcomes, stepping stones and routes, and journal notes that link it as evidence.

/** A small linear congruential generator: the same seed gives the same vault. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296;
}

export interface SyntheticNote {
  path: string;
  /** Frontmatter as Obsidian's metadata cache gives it (dates as strings). */
  frontmatter: Record<string, unknown> | undefined;
  body: string;
  /** Body link texts, as the metadata cache lists them. */
  links: string[];
  mtime: number;
}

const SIGNALS = ['win', 'setback', 'insight', 'shift'];
const WORDS = [
  'north',
  'river',
  'stone',
  'cloud',
  'harbor',
  'maple',
  'copper',
  'signal',
  'garden',
  'lantern',
  'orbit',
  'meadow',
];

/** How many notes of a vault of `total` are part of the model: 50 to 2,000. */
export const modeledCount = (total: number) =>
  Math.max(50, Math.min(2000, Math.round(total * 0.02)));

export function syntheticVault(
  total: number,
  modeled = modeledCount(total),
  seed = 42,
): SyntheticNote[] {
  const rnd = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const word = () => pick(WORDS);
  const notes: SyntheticNote[] = [];
  const base = Date.parse('2026-01-01T12:00:00Z');
  const outcomes = Math.max(3, Math.round(modeled * 0.05));
  const routes = Math.max(2, Math.round(modeled * 0.1));
  const skills = Math.max(5, modeled - outcomes - routes);
  const outcomeNames = Array.from({ length: outcomes }, (_, i) => `Outcome ${i} ${word()}`);
  const skillNames = Array.from({ length: skills }, (_, i) => `Skill ${i} ${word()}`);
  const link = (name: string) => `[[${name}]]`;
  for (const name of outcomeNames) {
    notes.push({
      path: `Model/Outcomes/${name}.md`,
      frontmatter: {
        tags: ['work/outcome'],
        status: pick(['hoped', 'pursuing']),
        category: pick(['role', 'skill', 'balance']),
      },
      body: '',
      links: [],
      mtime: base,
    });
  }
  for (const name of skillNames) {
    notes.push({
      path: `Model/Skills/${name}.md`,
      frontmatter: {
        tags: ['work/skill'],
        status: pick(['planned', 'building', 'done']),
        category: pick(['skill', 'experience', 'relationship']),
        supports: [link(pick(outcomeNames))],
      },
      body: '',
      links: [],
      mtime: base,
    });
  }
  for (let i = 0; i < routes; i++) {
    const steps = Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => link(pick(skillNames)));
    notes.push({
      path: `Model/Routes/Route ${i}.md`,
      frontmatter: {
        tags: ['work/route'],
        status: pick(['active', 'exploring', 'exploring', 'paused']),
        outcomes: [link(pick(outcomeNames))],
        steps: [...new Set(steps)],
      },
      body: '',
      links: [],
      mtime: base,
    });
  }
  const modelNames = [...outcomeNames, ...skillNames];
  const journals = Math.round(total * 0.1);
  for (let i = 0; i < journals; i++) {
    const day = new Date(base + i * 3_600_000 * 7).toISOString().slice(0, 10);
    const withFm = rnd() < 0.6;
    const target = pick(modelNames);
    notes.push({
      path: `Journal/${day} ${i}.md`,
      frontmatter: withFm
        ? { evidence: [link(target)], signal: pick(SIGNALS), date: day }
        : undefined,
      body: `Worked on ${link(pick(modelNames))} today.`,
      links: withFm ? [] : [target],
      mtime: base + i * 60_000,
    });
  }
  for (let i = notes.length; i < total; i++) {
    notes.push({
      path: `Notes/${word()}/${i} ${word()}.md`,
      frontmatter:
        rnd() < 0.5
          ? {
              // As many properties as real notes carry (about 90 characters of YAML).
              tags: [pick(['book', 'idea', 'person', 'project'])],
              created: '2025-05-05',
              rating: Math.floor(rnd() * 5),
              source: `${word()} ${word()} notes`,
              topics: [word()],
            }
          : undefined,
      body: `Some text about ${word()} and [[${i + 1} ${word()}]].`,
      links: [`${i + 1} ${word()}`],
      mtime: base,
    });
  }
  return notes;
}

/** The note as a Markdown file. */
export function noteText(n: SyntheticNote): string {
  if (!n.frontmatter) return `${n.body}\n`;
  const yaml = Object.entries(n.frontmatter)
    .map(([k, v]) =>
      Array.isArray(v)
        ? `${k}:\n${v.map((x) => `  - "${String(x)}"`).join('\n')}`
        : `${k}: ${String(v)}`,
    )
    .join('\n');
  return `---\n${yaml}\n---\n${n.body}\n`;
}
