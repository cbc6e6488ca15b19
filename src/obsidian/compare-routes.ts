import type { App, View } from 'obsidian';
import type { LiveIndex } from './live-index';
import { PickNotesModal } from './pick-notes-modal';
import { WorkModelView } from './work-model-view';

/** Compare routes: pick two, open the map with both selected: it shows their head-to-head. */
export function compareRoutesCommand(
  app: App,
  index: LiveIndex,
  openView: () => Promise<View>,
): void {
  new PickNotesModal(app, index, {
    title: 'Compare routes',
    name: 'Routes',
    desc: 'Pick two routes, say two work versions, to see which advances faster.',
    kind: 'route',
    include: () => true,
    count: 2,
    action: 'Compare',
    onPick: async (routes) => {
      const view = await openView();
      if (view instanceof WorkModelView) view.selectRoutes(routes);
    },
  }).open();
}
