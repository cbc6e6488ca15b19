import { Modal, Setting, type App } from 'obsidian';

export type Choice<T extends string> = {
  value: T;
  label: string;
  cta?: boolean;
  warning?: boolean;
};

/** Asks one question with a few buttons; resolves with the chosen value, or null if dismissed. */
export function ask<T extends string>(
  app: App,
  title: string,
  message: string,
  choices: Choice<T>[],
): Promise<T | null> {
  return new Promise((resolve) => {
    let answered = false;
    const modal = new (class extends Modal {
      override onOpen(): void {
        this.setTitle(title);
        this.contentEl.createEl('p', { text: message });
        const setting = new Setting(this.contentEl);
        for (const c of choices) {
          setting.addButton((b) => {
            b.setButtonText(c.label).onClick(() => {
              answered = true;
              resolve(c.value);
              this.close();
            });
            if (c.cta) b.setCta();
            if (c.warning) b.setClass('mod-warning');
          });
        }
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!answered) resolve(null);
      }
    })(app);
    modal.open();
  });
}
