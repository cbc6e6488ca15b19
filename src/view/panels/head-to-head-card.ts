import {
  setbackLines,
  setbacksSentence,
  verdictRows,
  verdictSentence,
  verdictTitle,
  VERDICT_FIGURES_NOTE,
} from '../../model';
import type { MapModel } from '../../model/outputs/map/map-model';
import { mapVerdict } from '../../model/outputs/map/map-verdict';

/**
 * The head-to-head of the two selected routes, as `compare` prints the model's verdict: both
 * named once in full, then by short name; the verdict in words; the figures as a small table;
 * setbacks, never scored, with what each taught. A button clears the selection.
 */
export function renderHeadToHeadCard(
  el: HTMLElement,
  model: MapModel,
  selected: readonly string[],
  clear: () => void,
  signal: AbortSignal,
): void {
  el.empty();
  el.toggleClass('work-model-hidden', selected.length === 0);
  if (selected.length === 0) return;
  const [a, b] = selected;
  const v = a !== undefined && b !== undefined ? mapVerdict(model, a, b) : null;
  if (v) {
    el.createEl('h5', { text: verdictTitle(v), cls: 'work-model-map-h2h-title' });
    el.createEl('p', { text: verdictSentence(v), cls: 'work-model-head-to-head' });
    const table = el.createEl('table', { cls: 'work-model-map-h2h-table' });
    table.createEl('caption', { text: VERDICT_FIGURES_NOTE });
    const { headers, rows } = verdictRows(v);
    const head = table.createEl('thead').createEl('tr');
    for (const h of headers) head.createEl('th', { text: h, attr: { scope: 'col' } });
    const body = table.createEl('tbody');
    // "6 months: wins" and "6 months: steps done" read as "wins" and "steps done" under a
    // "6 months" heading: a narrow panel keeps each label on one line.
    let group = '';
    for (const [label = '', ...cells] of rows) {
      const [window, what] = label.includes(': ') ? label.split(': ') : ['', label];
      if (window && window !== group)
        body.createEl('tr').createEl('th', {
          text: window,
          cls: 'work-model-map-h2h-group',
          attr: { scope: 'colgroup', colspan: String(headers.length) },
        });
      group = window ?? '';
      const tr = body.createEl('tr', group ? { cls: 'is-grouped' } : {});
      tr.createEl('th', { text: what ?? label, attr: { scope: 'row' } });
      for (const c of cells) tr.createEl('td', { text: c });
    }
    el.createEl('p', { text: setbacksSentence(v), cls: 'work-model-head-to-head' });
    const lines = setbackLines(v);
    if (lines.length > 0) {
      const details = el.createEl('details', { cls: 'work-model-map-h2h-setbacks' });
      details.createEl('summary', { text: 'Each setback, with what it taught' });
      const list = details.createEl('ul');
      for (const line of lines) list.createEl('li', { text: line });
    }
  } else {
    el.createEl('p', {
      text: 'Select a second route to see the two head to head.',
      cls: 'work-model-map-muted',
    });
  }
  el.createEl('button', {
    text: 'Clear selection',
    cls: 'work-model-map-clear',
    attr: { type: 'button' },
  }).addEventListener('click', clear, { signal });
}
