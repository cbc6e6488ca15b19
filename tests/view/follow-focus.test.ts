import { describe, expect, it } from 'vitest';
import { followFocus } from '../../src/view/input/follow-focus';
import { station } from './map-fakes';

const camera = { k: 1, x: 0, y: 0 };

describe('the camera following the keyboard focus', () => {
  const pane = { width: 400, height: 300 };

  it('should stay where it is while the station and its label are in view', () => {
    expect(followFocus(camera, station('A', 200, 150), pane)).toBeNull();
  });

  it('should centre a station, at the same zoom, whose circle or label nears an edge', () => {
    const centred = { k: 1, x: -190, y: 150 };
    expect(followFocus(camera, station('A', 390, 0), pane)).toEqual(centred);
    // The circle is in, the label below it is not.
    expect(followFocus(camera, station('B', 200, 275), pane)).toEqual({ k: 1, x: 0, y: -125 });
    expect(followFocus({ k: 2, x: 0, y: 0 }, station('C', 10, 75), pane)).toEqual({
      k: 2,
      x: 180,
      y: 0,
    });
  });
});
