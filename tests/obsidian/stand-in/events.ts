// Stand-in for Obsidian's Events: on/off/offref/trigger with EventRef handles.
export interface EventRef {
  readonly e: Events;
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
}

export class Events {
  private handlers = new Map<string, EventRef[]>();

  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    const fn = (...args: unknown[]) => (callback as (...a: unknown[]) => unknown).apply(ctx, args);
    const ref: EventRef = { e: this, name, fn };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: (...data: unknown[]) => unknown): void {
    this.handlers.set(
      name,
      (this.handlers.get(name) ?? []).filter((r) => r.fn !== callback),
    );
  }

  offref(ref: EventRef): void {
    this.handlers.set(
      ref.name,
      (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref),
    );
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) ref.fn(...data);
  }

  /** Test helper: how many handlers listen to an event (to prove listeners are cleaned up). */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}
