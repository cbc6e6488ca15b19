import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageData } from '../model/outputs/map/page-data';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One self-contained HTML file: the map's script, styles and data inlined, and a content
 * security policy that forbids any network access.
 */
export async function standaloneHtml(
  data: PageData,
  assetsDir: string = __dirname,
): Promise<string> {
  const [script, css] = await Promise.all([
    readFile(join(assetsDir, 'map.js'), 'utf8'),
    readFile(join(assetsDir, 'map.css'), 'utf8'),
  ]);
  // Inside <script>, "</script" would end the element early; JSON gets every "<" escaped.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const js = script.replace(/<\/script/gi, '<\\/script');
  const title = `Work model of ${data.vault}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style>
</head>
<body class="theme-light">
<header class="work-model-page-header">
<h1>${escapeHtml(title)}</h1>
<span>as of ${escapeHtml(data.model.today)}</span>
<button id="theme-toggle" type="button">Dark theme</button>
</header>
<div id="app"></div>
<script type="application/json" id="work-model-data">${json}</script>
<script>${js}</script>
</body>
</html>
`;
}
