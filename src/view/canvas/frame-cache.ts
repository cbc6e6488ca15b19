import type { Camera } from '../input/camera';
import type { DrawPart } from './draw';

type Draw = (ctx: CanvasRenderingContext2D, camera: Camera, part?: DrawPart) => void;

/** The visible canvas a frame is shown on. */
export interface Screen {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  /** What shows where the scaled drawing does not reach. */
  background: string;
}

/**
 * What moves in this frame: nothing (only the camera, if anything), some stations (a note
 * dragged, the stations a change glides) or every station.
 */
export type Moving = ReadonlySet<string> | 'all' | null;

/**
 * The last drawing of the map, kept while only the camera moves (zoom and pan scale the
 * bitmap until a crisp drawing follows) or while some stations move: everything else is
 * drawn once, and each frame draws only the moving stations and their lines on top of it.
 */
export class FrameCache {
  private layer: {
    canvas: HTMLCanvasElement;
    ctx: CanvasRenderingContext2D;
    key: string;
    camera: Camera;
  } | null = null;

  private layerFor(target: HTMLCanvasElement, key: string, camera: Camera) {
    if (
      !this.layer ||
      this.layer.canvas.width !== target.width ||
      this.layer.canvas.height !== target.height
    ) {
      const canvas = createEl('canvas');
      canvas.width = target.width;
      canvas.height = target.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      this.layer = { canvas, ctx, key: '', camera };
    }
    this.layer.key = key;
    this.layer.camera = { ...camera };
    return this.layer;
  }

  /** Forgets the drawing: the next frame draws in full. */
  invalidate(): void {
    if (this.layer) this.layer.key = '';
  }

  clear(): void {
    this.layer = null;
  }

  /**
   * Shows a frame of the drawing `key` names (which must not change while stations move).
   * When every station moves, the frame is drawn straight onto the screen: a kept copy would
   * only be copied once more. Returns whether a crisp drawing should follow once the camera
   * rests.
   */
  frame(screen: Screen, key: string, camera: Camera, moving: Moving, draw: Draw): boolean {
    if (moving === 'all') {
      this.invalidate();
      draw(screen.ctx, camera);
      return false;
    }
    if (!moving) return this.show(screen, key, camera, draw);
    const rest = { except: moving };
    const blurry = this.show(screen, `moving|${key}`, camera, (c, cam) => draw(c, cam, rest));
    draw(screen.ctx, camera, { clear: false, only: moving });
    return blurry;
  }

  /**
   * Shows the drawing for `camera`: the cached one, scaled, while it is close enough, else a new
   * one. Returns whether the camera differs from the drawing's, so a crisp one should follow.
   */
  private show(screen: Screen, key: string, camera: Camera, draw: Draw): boolean {
    const { canvas: target, ctx, pixelRatio, background } = screen;
    let layer = this.layer;
    const ratio = layer ? camera.k / layer.camera.k : 1;
    if (
      !layer ||
      layer.key !== key ||
      layer.canvas.width !== target.width ||
      ratio < 0.5 ||
      ratio > 2
    ) {
      layer = this.layerFor(target, key, camera);
      if (!layer) {
        draw(ctx, camera);
        return false;
      }
      draw(layer.ctx, camera);
    }
    const r = camera.k / layer.camera.k;
    const x = (camera.x - layer.camera.x * r) * pixelRatio;
    const y = (camera.y - layer.camera.y * r) * pixelRatio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    // The copy is opaque: where it covers the canvas, nothing needs clearing under it.
    if (r !== 1 || x !== 0 || y !== 0) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, target.width, target.height);
    }
    ctx.drawImage(layer.canvas, x, y, layer.canvas.width * r, layer.canvas.height * r);
    return (
      layer.camera.k !== camera.k || layer.camera.x !== camera.x || layer.camera.y !== camera.y
    );
  }
}
