import { describe, expect, it } from 'vitest';
import { ExportGate, ExportQueueFull } from '../../../../server/export/gate.ts';

/** A task that finishes when the test says so, recording when it started. */
function controllable(started: string[], name: string): { task: () => Promise<string>; finish: () => void } {
  let finish = (): void => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    task: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the export gate', () => {
  it('runs as many exports at once as it allows, the next waiting in order, and refuses one past the queue', async () => {
    const gate = new ExportGate(2, 1);
    const started: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => controllable(started, name));
    const runs = [gate.run(a!.task), gate.run(b!.task), gate.run(c!.task)];
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    await expect(gate.run(async () => 'd')).rejects.toBeInstanceOf(ExportQueueFull);

    a!.finish();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    b!.finish();
    c!.finish();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees its slot when an export fails', async () => {
    const gate = new ExportGate(1, 0);
    await expect(gate.run(async () => Promise.reject(new Error('layout failed')))).rejects.toThrow('layout failed');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
