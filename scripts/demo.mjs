// `npm run demo` (after the build): installs the plugin into the example vault, prints the
// example's report and next steps, and writes its standalone map.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const vault = 'examples/career-vault';
// The example vault is ours, and its configuration folder is the default one.
const today = '2026-11-20'; // the example's story is told as of this day
const pluginDir = join(vault, '.obsidian', 'plugins', 'work-model');
mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css'])
  copyFileSync(file, join(pluginDir, file));
const say = (text) => process.stdout.write(`${text}\n`);
say(`Installed the plugin into ${pluginDir}: open ${vault} as a vault in Obsidian.\n`);

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['dist/cli.cjs', ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
cli('report', vault, '--now', today);
say('');
cli('next', vault, '--now', today);
say('');
cli('compare', vault, 'nonprofit', 'fintech', '--now', today);
say('');
cli('export', vault, '--html', 'dist/career-vault-map.html', '--force', '--now', today);
say('Open dist/career-vault-map.html in a browser for the interactive map.');
