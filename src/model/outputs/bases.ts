import type { Settings } from '../settings';
import { yamlString } from '../write/yaml-text';

/** One table of the base: a name, which notes it shows, and its columns after the file name. */
interface TableView {
  name: string;
  filter: string;
  columns: readonly string[];
}

// Filter expressions go in YAML single quotes, as Obsidian's help writes them, so the
// double-quoted strings inside stay readable; a single quote is doubled.
const singleQuoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
// A Bases string literal: double-quoted, escaped as in JSON.
const hasTag = (tag: string) => `file.hasTag(${JSON.stringify(tag)})`;
const hasProperty = (name: string) => `file.hasProperty(${JSON.stringify(name)})`;

/** Where `Work model.base` goes: beside the model's folders, as the canvas export does. */
export function basePath(settings: Settings): string {
  const routes = settings.folders.routes;
  const parent = routes.includes('/') ? routes.slice(0, routes.lastIndexOf('/')) : '';
  return parent ? `${parent}/Work model.base` : 'Work model.base';
}

/**
 * The text of `Work model.base` (Obsidian Bases, the "Bases syntax" help page): one table view
 * each of outcomes, routes, stepping stones and evidence, chosen by the configured tags and
 * evidence property, with the configured link properties as columns. `file.hasTag` counts
 * nested tags, as the model does.
 */
export function workModelBase(settings: Settings): string {
  const { tags, properties: p } = settings;
  const views: TableView[] = [
    { name: 'Outcomes', filter: hasTag(tags.outcome), columns: ['category', 'horizon', 'status'] },
    {
      name: 'Routes',
      filter: hasTag(tags.route),
      columns: ['status', 'risk', p.outcomes, p.steps],
    },
    {
      name: 'Stepping stones',
      filter: hasTag(tags.skill),
      columns: ['category', 'status', 'completed', p.supports],
    },
    {
      name: 'Evidence',
      filter: hasProperty(p.evidence),
      columns: ['signal', 'date', 'summary', p.evidence],
    },
  ];
  const lines = [
    '# Tables of the work model, made by the command "Work Model: Create base".',
    '# Edit it as you like: the plugin never rewrites this file.',
    'filters:',
    '  or:',
    ...views.map((v) => `    - ${singleQuoted(v.filter)}`),
    'views:',
  ];
  for (const view of views) {
    lines.push(
      '  - type: table',
      `    name: ${yamlString(view.name)}`,
      '    filters:',
      '      and:',
      `        - ${singleQuoted(view.filter)}`,
      '    order:',
      '      - file.name',
      ...view.columns.map((c) => `      - ${yamlString(`note.${c}`)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
