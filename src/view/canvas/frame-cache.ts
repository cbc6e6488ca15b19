import type { Camera } from '../input/camera';
import type { DrawPart } from './draw';

type Draw = (ctx: CanvasRenderingContext2D, camera: Camera) => void;

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
 * The last full drawing of the map, kept while only the camera moves (zoom and pan scale the
 * bitmap until a crisp drawing follows) or while one note is dragged (everything else).
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
   * Shows a frame: while the note `dragging` moves, see `showDragging`; otherwise see `show`.
   * Returns whether a crisp drawing should follow once the camera rests.
   */
  frame(
    screen: Screen,
    key: string,
    camera: Camera,
    dragging: string | null,
    draw: (ctx: CanvasRenderingContext2D, camera: Camera, part?: DrawPart) => void,
  ): boolean {
    if (!dragging) return this.show(screen, key, camera, draw);
    const moving = new Set([dragging]);
    this.showDragging(
      screen,
      `drag:${dragging}|${key}`,
      camera,
      (c, cam) => draw(c, cam, { except: moving }),
      (c, cam) => draw(c, cam, { clear: false, only: moving }),
    );
    return false;
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
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, target.width, target.height);
    ctx.drawImage(
      layer.canvas,
      (camera.x - layer.camera.x * r) * pixelRatio,
      (camera.y - layer.camera.y * r) * pixelRatio,
      layer.canvas.width * r,
      layer.canvas.height * r,
    );
    return (
      layer.camera.k !== camera.k || layer.camera.x !== camera.x || layer.camera.y !== camera.y
    );
  }

  /** Dragging: everything but the dragged note is drawn once, then only the note on top of it. */
  private showDragging(
    screen: Screen,
    key: string,
    camera: Camera,
    background: Draw,
    top: Draw,
  ): void {
    const { canvas: target, ctx } = screen;
    let layer = this.layer;
    if (!layer || layer.key !== key) {
      layer = this.layerFor(target, key, camera);
      if (!layer) {
        background(ctx, camera);
        top(ctx, camera);
        return;
      }
      background(layer.ctx, camera);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.drawImage(layer.canvas, 0, 0);
    top(ctx, camera);
  }
}
