import { Plugin } from 'obsidian';

/** The plugin shell. Registrations only; the model lives in src/model. */
export default class WorkModelPlugin extends Plugin {
  override onload(): void {
    // Indexing, commands and the view arrive with the plugin issue.
  }
}
