import { Keymap, type App, type HoverParent } from 'obsidian';

/** The plugin's id as a page-preview source (Settings → Page preview lists it). */
export const HOVER_SOURCE = 'work-model';

/** Shows Obsidian's page preview of `linktext`, as its own links do on hover. */
export function hoverLink(
  app: App,
  event: MouseEvent,
  hoverParent: HoverParent,
  targetEl: HTMLElement,
  linktext: string,
  sourcePath: string,
): void {
  app.workspace.trigger('hover-link', {
    event,
    source: HOVER_SOURCE,
    hoverParent,
    targetEl,
    linktext,
    sourcePath,
  });
}

/**
 * Makes `a` behave as an Obsidian link: a click opens the note (a new tab, split or window with
 * the modifier keys), middle-click opens a tab, hover shows the page preview. Events stop here,
 * so Reading view's own handling of `internal-link` does not open the note a second time.
 */
export function nativeLink(
  app: App,
  a: HTMLElement,
  hoverParent: HoverParent,
  path: string,
  sourcePath: string,
): void {
  const open = (evt: MouseEvent) => {
    evt.preventDefault();
    evt.stopPropagation();
    void app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(evt));
  };
  a.addEventListener('click', open);
  a.addEventListener('auxclick', (evt) => {
    if (evt.button === 1) open(evt);
  });
  a.addEventListener('mouseover', (evt) => {
    evt.stopPropagation();
    hoverLink(app, evt, hoverParent, a, path, sourcePath);
  });
}
