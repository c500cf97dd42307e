/**
 * Cooperative time slicing for long exports. Building and laying out a 60-page plan is seconds
 * of synchronous work (Yjs → ProseMirror, PDFKit). The server runs it in a worker thread
 * (worker-pool.ts), but whatever thread runs it should stay responsive: a worker to being
 * stopped, an in-process caller (a test, a script) to its own timers and sockets. So the
 * exporters call `breathe()` between natural units (a section, a block, a table row); it yields
 * to the event loop once the current slice has run for SLICE_MS.
 */

/** Longest stretch of export work between two yields. */
export const SLICE_MS = 8;

/** Resolves on the next turn of the event loop, after pending I/O callbacks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Yields when the current slice is used up; otherwise returns at once. */
  async breathe(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
