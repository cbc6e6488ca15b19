import { QUESTIONS, REFLECTION_QUESTIONS, titleOf, type Finding } from '../../model';
import type { OpenEvent } from '../input/open-event';

/**
 * The health panel (SPEC §5): the three reflection questions, each with the findings that
 * answer it from the notes; every note a finding names is a link that opens it.
 */
export function renderHealthPanel(
  el: HTMLElement,
  findings: readonly Finding[],
  titleOfNote: (id: string) => string | undefined,
  open: (id: string, event: OpenEvent) => void,
  signal: AbortSignal,
): void {
  el.empty();
  for (const q of QUESTIONS) {
    const section = el.createDiv({ cls: 'work-model-map-health-question' });
    section.createEl('h5', { text: REFLECTION_QUESTIONS[q] });
    const answers = findings.filter((f) => f.question === q);
    if (answers.length === 0) {
      section.createEl('p', { text: 'Nothing found in the notes.', cls: 'work-model-map-muted' });
      continue;
    }
    const list = section.createEl('ul', { cls: 'work-model-map-findings' });
    for (const f of answers) {
      const li = list.createEl('li', { cls: 'work-model-map-finding' });
      li.createDiv({ text: f.message });
      const notes = li.createDiv({ cls: 'work-model-map-finding-notes' });
      for (const id of new Set(f.notes)) {
        const link = notes.createEl('a', {
          text: titleOfNote(id) ?? titleOf(id),
          cls: 'work-model-map-note-link',
          href: '#',
          attr: { 'data-id': id },
        });
        link.addEventListener(
          'click',
          (e) => {
            e.preventDefault();
            open(id, e);
          },
          { signal },
        );
      }
    }
  }
}
