// Checks that package.json, manifest.json and versions.json give the same version (and, with
// an argument, that it is the release tag). The release workflow runs it before building, so
// a release can never carry a manifest Obsidian would read as another version.
import { readFileSync } from 'node:fs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = readJson('package.json');
const manifest = readJson('manifest.json');
const versions = readJson('versions.json');
const tag = process.argv[2];

const wrong = [];
if (manifest.version !== pkg.version)
  wrong.push(`manifest.json says ${manifest.version}, package.json ${pkg.version}`);
if (versions[pkg.version] !== manifest.minAppVersion)
  wrong.push(`versions.json lacks "${pkg.version}": "${manifest.minAppVersion}"`);
// Obsidian looks a release up by the manifest's version: the tag is that version, no "v".
if (tag !== undefined && tag !== pkg.version)
  wrong.push(`the tag ${tag} is not the version ${pkg.version}`);

if (wrong.length > 0) {
  console.error(`Versions disagree: ${wrong.join('; ')}. Bump versions with npm version.`);
  process.exit(1);
}
process.stdout.write(`Version ${pkg.version}, for Obsidian ${manifest.minAppVersion} and later.\n`);
