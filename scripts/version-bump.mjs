// Run by `npm version <patch|minor|major>` (the "version" script), after npm has set the new
// version in package.json and before it commits and tags: gives manifest.json the same
// version and records it in versions.json with the Obsidian version it needs, so the three
// files always move together. As in obsidianmd/obsidian-sample-plugin, except that every
// version gets its versions.json entry, so a test can check that they agree.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!version) {
  console.error('version-bump.mjs runs from `npm version`, which gives it the new version.');
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
// Two spaces and a final newline, as Prettier formats the repository's JSON.
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

const manifest = readJson('manifest.json');
manifest.version = version;
writeJson('manifest.json', manifest);

const versions = readJson('versions.json');
versions[version] = manifest.minAppVersion;
writeJson('versions.json', versions);
