import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeAwareness,
  decodeFrame,
  encodeAwareness,
  encodeAwarenessFrame,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedFrameError,
} from '../../../../server/collab/codec.ts';

describe('decodeFrame', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'vision');
  const update = Y.encodeStateAsUpdate(doc);
  const vector = Y.encodeStateVector(doc);

  it.each([
    { name: 'sync step 1', frame: encodeSyncStep1(vector), expected: { kind: 'sync-step1', stateVector: vector } },
    { name: 'sync step 2', frame: encodeSyncStep2(update), expected: { kind: 'sync-step2', update } },
    { name: 'update', frame: encodeUpdate(update), expected: { kind: 'update', update } },
    { name: 'awareness', frame: encodeAwarenessFrame(new Uint8Array([0])), expected: { kind: 'awareness', update: new Uint8Array([0]) } },
    { name: 'query awareness', frame: new Uint8Array([3]), expected: { kind: 'query-awareness' } },
  ])('reads a $name frame', ({ frame, expected }) => {
    expect(decodeFrame(frame)).toEqual(expected);
  });

  it.each([
    { name: 'an empty frame', bytes: [] },
    { name: 'an unknown type', bytes: [7] },
    { name: 'the server-only auth type', bytes: [2, 0, 0] },
    { name: 'an unknown sync step', bytes: [0, 5, 0] },
    { name: 'a length past the end', bytes: [0, 2, 50, 1, 2] },
    { name: 'trailing bytes', bytes: [0, 0, 1, 0, 99] },
    { name: 'an overlong varint', bytes: [0, 2, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1] },
  ])('rejects $name as malformed', ({ bytes }) => {
    expect(() => decodeFrame(new Uint8Array(bytes))).toThrow(MalformedFrameError);
  });

  it('never throws anything but MalformedFrameError on random input', () => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i += 1) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 256));
      try {
        decodeFrame(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(MalformedFrameError);
      }
    }
  });
});

describe('awareness entries', () => {
  it('round-trip', () => {
    const entries = [
      { clientId: 12, clock: 3, state: { cursor: null, user: { name: 'Ana' } } },
      { clientId: 99, clock: 1, state: null },
    ];
    expect(decodeAwareness(encodeAwareness(entries))).toEqual(entries);
  });

  it.each([
    { name: 'a state that is a number', state: '5' },
    { name: 'a state that is an array', state: '[1]' },
    { name: 'a state that is not JSON', state: '{oops' },
  ])('rejects $name', ({ state }) => {
    const encoded = encodeAwareness([{ clientId: 1, clock: 1, state: null }]);
    const text = new TextEncoder().encode(state);
    const tampered = new Uint8Array([...encoded.slice(0, 3), text.length, ...text]);
    expect(() => decodeAwareness(tampered)).toThrow(MalformedFrameError);
  });
});
