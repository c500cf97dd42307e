/**
 * Cooperative time slicing for long exports. Building and laying out a 60-page plan is
 * synchronous work (Yjs → ProseMirror, PDFKit); run in one go it would hold the event loop for
 * seconds and every other plan's sync would wait. The exporters call `breathe()` between
 * natural units (a section, a block, a table row); it yields to the event loop once the
 * current slice has run for SLICE_MS, so socket frames and other requests get their turn.
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
