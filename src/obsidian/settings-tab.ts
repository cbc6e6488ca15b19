import { Notice, PluginSettingTab, Setting, type SettingDefinitionItem } from 'obsidian';
import type { Settings } from '../model';
import { getFieldValue, SETTING_GROUPS, withField, type SettingField } from './settings-fields';

/** What the tab needs of the plugin. */
export interface SettingsHost {
  config: Settings;
  saveSettings(settings: Settings): Promise<void>;
}

/**
 * Every setting, validated by the one settings schema: a bad value is refused with a message
 * and never saved. Obsidian 1.13+ renders `getSettingDefinitions()` (and searches it); older
 * versions call `display()`, which draws the same fields.
 */
export class WorkModelSettingTab extends PluginSettingTab {
  constructor(
    app: ConstructorParameters<typeof PluginSettingTab>[0],
    plugin: ConstructorParameters<typeof PluginSettingTab>[1],
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  /** Applies one field; returns an error message when the value is refused. */
  async apply(key: string, value: unknown): Promise<string | null> {
    const next = withField(this.host.config, key, value);
    if (!next.ok) return next.message;
    if (getFieldValue(next.settings, key) === getFieldValue(this.host.config, key)) return null;
    await this.host.saveSettings(next.settings);
    return null;
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return SETTING_GROUPS.map((group) => ({
      type: 'group' as const,
      heading: group.heading,
      items: group.fields.map((f) => ({
        name: f.name,
        desc: f.desc,
        control: this.control(f),
      })),
    }));
  }

  private control(f: SettingField) {
    const validate = (value: unknown) => {
      const r = withField(this.host.config, f.key, value);
      return r.ok ? undefined : r.message;
    };
    switch (f.type) {
      case 'toggle':
        return { type: 'toggle' as const, key: f.key, validate };
      case 'number':
        return { type: 'number' as const, key: f.key, validate, step: 1 };
      case 'folder':
        return { type: 'folder' as const, key: f.key, validate, placeholder: f.placeholder };
      case 'file':
        return { type: 'file' as const, key: f.key, validate, placeholder: 'Built-in template' };
      default:
        return { type: 'text' as const, key: f.key, validate, placeholder: f.placeholder };
    }
  }

  override getControlValue(key: string): unknown {
    return getFieldValue(this.host.config, key);
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const message = await this.apply(key, value);
    if (message) new Notice(`Not saved. ${message}`);
  }

  /** Setters of the fields drawn by `display()`, by key. */
  private readonly drawn = new Map<string, (value: unknown) => void>();

  /** Shows current values in the drawn fields, e.g. after settings came in from another device. */
  refresh(): void {
    for (const [key, show] of this.drawn) show(getFieldValue(this.host.config, key));
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    this.drawn.clear();
    for (const group of SETTING_GROUPS) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const f of group.fields) this.drawField(containerEl, f);
    }
  }

  private drawField(containerEl: HTMLElement, f: SettingField): void {
    const setting = new Setting(containerEl).setName(f.name).setDesc(f.desc);
    const errorEl = setting.infoEl.createDiv({
      cls: 'work-model-setting-error',
      attr: { role: 'alert' },
    });
    const report = (message: string | null) => {
      errorEl.setText(message ?? '');
      setting.settingEl.toggleClass('work-model-invalid', message !== null);
    };
    const value = getFieldValue(this.host.config, f.key);
    if (f.type === 'toggle') {
      setting.addToggle((t) => {
        t.setValue(value === true).onChange(async (v) => report(await this.apply(f.key, v)));
        this.drawn.set(f.key, (v) => {
          t.setValue(v === true);
        });
      });
      return;
    }
    const asText = (v: unknown) =>
      typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    setting.addText((t) => {
      t.setValue(asText(value)).setPlaceholder(f.placeholder ?? '');
      this.drawn.set(f.key, (v) => {
        t.setValue(asText(v));
      });
      if (f.type === 'number') t.inputEl.type = 'number';
      // Say what is wrong while typing, but save (and maybe rebuild the index) only when the
      // field is left or Enter is pressed: the DOM's `change` event, not every keystroke.
      t.onChange((v) => {
        const r = withField(this.host.config, f.key, v);
        report(r.ok ? null : r.message);
      });
      t.inputEl.addEventListener('change', () => {
        void this.apply(f.key, t.getValue()).then(report);
      });
    });
  }
}
