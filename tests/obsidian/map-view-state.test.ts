import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedMapState } from '../../src/obsidian/map-view-state';

describe('the map state saved with the workspace', () => {
  it('should read back every part the pane saved', () => {
    const saved = {
      camera: { k: 1.5, x: -120, y: 40 },
      filters: {
        hiddenRouteStatuses: ['dropped'],
        hiddenSkillCategories: ['relationship'],
        showEvidence: true,
        showStale: false,
        nodeCap: 500,
      },
      selectedRoutes: ['Routes/Fintech.md', 'Routes/Nonprofit.md'],
      selectedStep: 'Stones/SQL.md',
      search: 'setback',
    };
    expect(readSavedMapState(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    // No next step selected is a state of its own: it clears one the map had.
    expect(readSavedMapState({ selectedStep: null })).toEqual({ selectedStep: null });
  });

  it.each([
    ['a camera that fits itself', { camera: null }, { camera: null }],
    ['a camera with a zero zoom', { camera: { k: 0, x: 0, y: 0 } }, {}],
    ['a camera without a position', { camera: { k: 2 } }, {}],
    ['filters of the wrong types', { filters: { showEvidence: 'yes', nodeCap: -3 } }, {}],
    [
      'a filter among wrong ones',
      { filters: { showStale: true, nodeCap: 'many' } },
      { filters: { showStale: true } },
    ],
    ['routes that are not names', { selectedRoutes: [1, 2] }, {}],
    ['a search that is not text', { search: 42 }, {}],
    ['a next step that is not a name', { selectedStep: 7 }, {}],
    ['nothing saved', undefined, {}],
    ['a list instead of a state', [1, 2], {}],
  ])('should leave out %s', (_, saved, expected) => {
    expect(readSavedMapState(saved)).toEqual(expected);
  });

  it('should never throw, whatever the workspace file holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => readSavedMapState(value)).not.toThrow();
      }),
    );
  });
});
