import { Keymap, type App, type Component, type HoverParent } from 'obsidian';

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
 * Makes the `a.internal-link[data-href]` links inside `container` behave as Obsidian's own: a
 * click opens the note (a new tab, split or window with the modifier keys), middle-click opens
 * a tab, hover shows the page preview. One delegated listener per event, registered on
 * `owner`, serves every link however often the container is redrawn. Events stop here, so
 * Reading view's own handling of `internal-link` does not open the note a second time.
 */
export function nativeLinks(
  app: App,
  owner: Component & HoverParent,
  container: HTMLElement,
  sourcePath: string,
): void {
  const linkOf = (evt: MouseEvent) =>
    (evt.target as HTMLElement | null)?.closest<HTMLElement>('a.internal-link[data-href]') ?? null;
  const open = (evt: MouseEvent) => {
    const a = linkOf(evt);
    const path = a?.dataset.href;
    if (!path) return;
    evt.preventDefault();
    evt.stopPropagation();
    void app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(evt));
  };
  owner.registerDomEvent(container, 'click', open);
  owner.registerDomEvent(container, 'auxclick', (evt) => {
    if (evt.button === 1) open(evt);
  });
  owner.registerDomEvent(container, 'mouseover', (evt) => {
    const a = linkOf(evt);
    const path = a?.dataset.href;
    if (!a || !path) return;
    evt.stopPropagation();
    hoverLink(app, evt, owner, a, path, sourcePath);
  });
}
