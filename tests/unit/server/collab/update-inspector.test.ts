import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MalformedFrameError } from '../../../../server/collab/codec.ts';
import { touchedRoots, updateStaysWithin, type RootRule } from '../../../../server/collab/update-inspector.ts';
import { getSectionBody, getSectionsArray, seedPlanDoc, type PlanSeed } from '../../../../shared/plan-doc.ts';

const SEED: PlanSeed = {
  title: 'Technology plan',
  templateId: 'district',
  frameworkId: 'iste-ec-14',
  sections: [
    { id: 'vision', title: 'Vision', guidance: '', conditions: [], standards: [], starterParagraphs: ['Every learner creates with technology.'] },
    { id: 'goals', title: 'Goals', guidance: '', conditions: [], standards: [], starterParagraphs: ['Goal one.', 'Goal two.'] },
  ],
};

/** The server's doc: a seeded plan with one comment thread. */
function planServer(): Y.Doc {
  const server = new Y.Doc();
  seedPlanDoc(server, SEED);
  server.transact(() => {
    const thread = new Y.Map<unknown>();
    comments(server).set('thread-1', thread);
    thread.set('text', 'Is this measurable?');
    thread.set('replies', new Y.Array<unknown>());
  });
  return server;
}

function clientOf(server: Y.Doc): Y.Doc {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return client;
}

/** The one update a change in one transaction produces, as the client would send it. */
function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  doc.transact(() => change(doc));
  doc.off('update', record);
  expect(updates).toHaveLength(1);
  return updates[0]!;
}

const comments = (doc: Y.Doc) => doc.getMap<unknown>('comments');
const thread = (doc: Y.Doc) => comments(doc).get('thread-1') as Y.Map<unknown>;
const firstText = (doc: Y.Doc, sectionId: string) =>
  (getSectionBody(doc, sectionId).get(0) as Y.XmlElement).get(0) as Y.XmlText;
const paragraph = (text: string) => {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
};
const sorted = (roots: Set<string>) => [...roots].sort();

const CHANGES: Array<{ name: string; change: (doc: Y.Doc) => void; roots: string[] }> = [
  {
    name: 'a new comment thread, a map nested in comments',
    change: (doc) => {
      const added = new Y.Map<unknown>();
      comments(doc).set('thread-2', added);
      added.set('text', 'Add a date');
      added.set('replies', new Y.Array<unknown>());
    },
    roots: ['comments'],
  },
  { name: 'a reply inside an existing thread', change: (doc) => (thread(doc).get('replies') as Y.Array<unknown>).push([{ text: 'Agreed' }]), roots: ['comments'] },
  { name: 'a thread resolved (a new key on a map the doc holds)', change: (doc) => thread(doc).set('resolved', true), roots: ['comments'] },
  { name: 'a thread deleted', change: (doc) => comments(doc).delete('thread-1'), roots: ['comments'] },
  { name: 'a paragraph typed into a section body', change: (doc) => getSectionBody(doc, 'vision').push([paragraph('We measure it.')]), roots: ['body:vision'] },
  { name: 'text typed in the middle of a paragraph', change: (doc) => firstText(doc, 'vision').insert(6, 'single '), roots: ['body:vision'] },
  { name: 'bold applied to existing text', change: (doc) => firstText(doc, 'goals').format(0, 4, { bold: true }), roots: ['body:goals'] },
  { name: 'body text deleted', change: (doc) => firstText(doc, 'vision').delete(0, 6), roots: ['body:vision'] },
  { name: 'a paragraph deleted', change: (doc) => getSectionBody(doc, 'goals').delete(1, 1), roots: ['body:goals'] },
  {
    name: 'text typed and deleted again in one update',
    change: (doc) => {
      firstText(doc, 'vision').insert(0, 'Oops ');
      firstText(doc, 'vision').delete(0, 5);
    },
    roots: ['body:vision'],
  },
  { name: 'a section title changed', change: (doc) => getSectionsArray(doc).get(0).set('title', 'Our vision'), roots: ['sections'] },
  { name: 'the plan title changed', change: (doc) => doc.getMap('meta').set('title', 'Plan 2030'), roots: ['meta'] },
  {
    name: 'a new section: its entry and its body',
    change: (doc) => {
      const section = new Y.Map<unknown>();
      getSectionsArray(doc).push([section]);
      section.set('id', 'budget');
      getSectionBody(doc, 'budget').push([paragraph('Costs.')]);
    },
    roots: ['body:budget', 'sections'],
  },
  {
    name: 'a comment and a body edit in one update',
    change: (doc) => {
      thread(doc).set('resolved', true);
      firstText(doc, 'vision').insert(0, 'Now: ');
    },
    roots: ['body:vision', 'comments'],
  },
];

describe('touchedRoots', () => {
  it.each(CHANGES)('$name → $roots', ({ change, roots }) => {
    const server = planServer();
    const update = updateOf(clientOf(server), change);
    expect(touchedRoots(server, update)).toEqual({ roots: new Set(roots), unresolved: false });
  });

  it('places an insert inside existing text through its neighbours, since it names no parent', () => {
    const server = planServer();
    const update = updateOf(clientOf(server), (doc) => firstText(doc, 'vision').insert(6, 'single '));
    const [item] = Y.decodeUpdate(update).structs;
    expect(item).toBeInstanceOf(Y.Item);
    expect((item as Y.Item).parent).toBeNull();
    expect((item as Y.Item).origin).not.toBeNull();
    expect(sorted(touchedRoots(server, update).roots)).toEqual(['body:vision']);
  });

  it('sees both roots a single deleted range covers', () => {
    const server = planServer();
    server.transact(() => {
      firstText(server, 'vision').insert(0, 'AAA ');
      firstText(server, 'goals').insert(0, 'BBB ');
    });
    const update = updateOf(clientOf(server), (doc) => {
      firstText(doc, 'vision').delete(0, 4);
      firstText(doc, 'goals').delete(0, 4);
    });
    const { structs, ds } = Y.decodeUpdate(update);
    expect(structs).toHaveLength(0);
    expect(ds.clients.get(server.clientID)).toHaveLength(1);
    expect(sorted(touchedRoots(server, update).roots)).toEqual(['body:goals', 'body:vision']);
  });

  it("ignores deletions the doc already has, so a commenter's full sync step 2 is only a comment", () => {
    const server = planServer();
    firstText(server, 'vision').delete(0, 6);
    getSectionBody(server, 'goals').delete(0, 1);
    const client = clientOf(server);
    thread(client).set('resolved', true);
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(touchedRoots(server, step2)).toEqual({ roots: new Set(['comments']), unresolved: false });
  });

  it('finds nothing in an update the doc already has', () => {
    const server = planServer();
    const update = updateOf(clientOf(server), (doc) => firstText(doc, 'vision').insert(0, 'Hi '));
    Y.applyUpdate(server, update);
    expect(touchedRoots(server, update)).toEqual({ roots: new Set(), unresolved: false });
  });

  it('finds nothing in a reply to a thread the server deleted meanwhile, as Yjs drops it', () => {
    const server = planServer();
    const update = updateOf(clientOf(server), (doc) => (thread(doc).get('replies') as Y.Array<unknown>).push(['late']));
    comments(server).delete('thread-1');
    const before = JSON.stringify(server.getMap('comments').toJSON());
    expect(touchedRoots(server, update)).toEqual({ roots: new Set(), unresolved: false });
    Y.applyUpdate(server, update);
    expect(JSON.stringify(server.getMap('comments').toJSON())).toBe(before);
  });

  it('places a thread added and removed offline, sent as deleted content and GC structs', () => {
    const server = planServer();
    const client = clientOf(server);
    const added = new Y.Map<unknown>();
    comments(client).set('draft', added);
    added.set('text', 'never mind');
    comments(client).delete('draft');
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).structs.some((s) => s instanceof Y.GC)).toBe(true);
    expect(touchedRoots(server, step2)).toEqual({ roots: new Set(['comments']), unresolved: false });
  });

  it('leaves the doc as it was', () => {
    const server = planServer();
    const state = Y.encodeStateAsUpdate(server);
    const names = [...server.share.keys()];
    const update = updateOf(clientOf(server), (doc) => getSectionBody(doc, 'new').push([paragraph('x')]));
    touchedRoots(server, update);
    expect(Y.encodeStateAsUpdate(server)).toEqual(state);
    expect([...server.share.keys()]).toEqual(names);
  });
});

describe('touchedRoots with dependencies the doc lacks', () => {
  /** Two updates from the same client, the second typed right after the first's text. */
  function twoTypings() {
    const server = planServer();
    const client = clientOf(server);
    const first = updateOf(client, (doc) => firstText(doc, 'vision').insert(0, 'One '));
    const second = updateOf(client, (doc) => firstText(doc, 'vision').insert(4, 'two '));
    return { server, client, first, second };
  }

  it("is unresolved for a client's update that skips its previous one", () => {
    const { server, first, second } = twoTypings();
    expect(touchedRoots(server, second)).toEqual({ roots: new Set(), unresolved: true });
    Y.applyUpdate(server, first);
    expect(touchedRoots(server, second)).toEqual({ roots: new Set(['body:vision']), unresolved: false });
  });

  it("is unresolved for typing next to another writer's text the server has not seen", () => {
    const { server, client, first } = twoTypings();
    const other = clientOf(server);
    Y.applyUpdate(other, first);
    const update = updateOf(other, (doc) => firstText(doc, 'vision').insert(2, 'x'));
    expect(touchedRoots(server, update).unresolved).toBe(true);
    expect(client.clientID).not.toBe(other.clientID);
  });

  it('is unresolved for deleting text the server has not seen', () => {
    const { server, first } = twoTypings();
    const other = clientOf(server);
    Y.applyUpdate(other, first);
    const update = updateOf(other, (doc) => firstText(doc, 'vision').delete(0, 4));
    expect(touchedRoots(server, update)).toEqual({ roots: new Set(), unresolved: true });
  });

  it('places what it can around a Skip and marks the rest unresolved', () => {
    const server = planServer();
    const client = clientOf(server);
    const updates = ['a', 'b', 'c'].map((s) => updateOf(client, (doc) => firstText(doc, 'vision').insert(0, s)));
    const withGap = Y.mergeUpdates([updates[0]!, updates[2]!]);
    expect(Y.decodeUpdate(withGap).structs.some((s) => s instanceof Y.Skip)).toBe(true);
    expect(touchedRoots(server, withGap)).toEqual({ roots: new Set(['body:vision']), unresolved: true });
  });
});

describe('touchedRoots on crafted updates', () => {
  interface Group { client: number; clock: number; items: Y.Item[] }
  const CLIENT_A = 101;
  const CLIENT_B = 102;
  const text = (client: number, clock: number, links: { origin?: Y.ID; right?: Y.ID; parent?: string | Y.ID }) =>
    new Y.Item(Y.createID(client, clock), null, links.origin ?? null, null, links.right ?? null,
      (links.parent ?? null) as Y.ID | null, null, new Y.ContentString('x'));

  function craft(groups: Group[]): Uint8Array {
    const encoder = new Y.UpdateEncoderV1();
    encoding.writeVarUint(encoder.restEncoder, groups.length);
    for (const group of groups) {
      encoding.writeVarUint(encoder.restEncoder, group.items.length);
      encoder.writeClient(group.client);
      encoding.writeVarUint(encoder.restEncoder, group.clock);
      for (const item of group.items) item.write(encoder, 0);
    }
    encoding.writeVarUint(encoder.restEncoder, 0);
    return encoder.toUint8Array();
  }

  const server = planServer();
  const visionEnd = firstText(server, 'vision')._start!.lastId;
  const goalsStart = firstText(server, 'goals')._start!.id;

  it.each([
    { name: 'a reference cycle between two clients', groups: [
      { client: CLIENT_A, clock: 0, items: [text(CLIENT_A, 0, { origin: Y.createID(CLIENT_B, 0) })] },
      { client: CLIENT_B, clock: 0, items: [text(CLIENT_B, 0, { origin: Y.createID(CLIENT_A, 0) })] },
    ] },
    { name: 'an item that is its own origin', groups: [{ client: CLIENT_A, clock: 0, items: [text(CLIENT_A, 0, { origin: Y.createID(CLIENT_A, 0) })] }] },
    { name: 'neighbours in two different roots', groups: [{ client: CLIENT_A, clock: 0, items: [text(CLIENT_A, 0, { origin: visionEnd, right: goalsStart })] }] },
    { name: 'one client in two groups (Yjs keeps the second pending)', groups: [
      { client: CLIENT_A, clock: 0, items: [text(CLIENT_A, 0, { parent: 'comments' })] },
      { client: CLIENT_A, clock: 1, items: [text(CLIENT_A, 1, { parent: 'sections' })] },
    ] },
  ])('is unresolved for $name', ({ groups }) => {
    expect(touchedRoots(server, craft(groups)).unresolved).toBe(true);
  });

  it('really leaves a split client pending in Yjs, which a later allowed update would release', () => {
    const doc = planServer();
    Y.applyUpdate(doc, craft([
      { client: CLIENT_A, clock: 0, items: [text(CLIENT_A, 0, { parent: 'comments' })] },
      { client: CLIENT_A, clock: 1, items: [text(CLIENT_A, 1, { parent: 'meta' })] },
    ]));
    expect(doc.store.pendingStructs).not.toBeNull();
  });

  it('finds every root of delete ranges that come unsorted and overlapping', () => {
    const vision = firstText(server, 'vision')._start!.id;
    const goals = firstText(server, 'goals')._start!.id;
    const encoder = new Y.UpdateEncoderV1();
    encoding.writeVarUint(encoder.restEncoder, 0);
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoding.writeVarUint(encoder.restEncoder, server.clientID);
    const ranges = [[goals.clock, 3], [vision.clock, 2], [vision.clock + 1, 2], [goals.clock, 0]];
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const [clock, len] of ranges) {
      encoder.writeDsClock(clock!);
      encoder.writeDsLen(len!);
    }
    expect(touchedRoots(server, encoder.toUint8Array())).toEqual({ roots: new Set(['body:goals', 'body:vision']), unresolved: false });
  });

  it('finds nothing for a parent that holds no type, as Yjs collects the item', () => {
    const parent = text(CLIENT_A, 0, { parent: goalsStart });
    expect(touchedRoots(server, craft([{ client: CLIENT_A, clock: 0, items: [parent] }]))).toEqual({ roots: new Set(), unresolved: false });
  });
});

describe('touchedRoots on bytes that are not an update', () => {
  it.each([
    { name: 'random bytes', bytes: Uint8Array.from({ length: 64 }, (_, i) => (i * 151 + 7) & 255) },
    { name: 'a truncated update', bytes: Y.encodeStateAsUpdate(planServer()).slice(0, 40) },
  ])('throws MalformedFrameError for $name', ({ bytes }) => {
    expect(() => touchedRoots(planServer(), bytes)).toThrow(MalformedFrameError);
  });
});

describe('updateStaysWithin', () => {
  const COMMENTER: RootRule = { kind: 'only', roots: new Set(['comments']) };
  const GOALS_LOCKED: RootRule = { kind: 'except', roots: new Set(['body:goals']) };
  const byName = (name: string) => CHANGES.find((c) => c.name === name)!.change;

  it.each([
    { rule: COMMENTER, change: 'a reply inside an existing thread', allowed: true },
    { rule: COMMENTER, change: 'a thread deleted', allowed: true },
    { rule: COMMENTER, change: 'body text deleted', allowed: false },
    { rule: COMMENTER, change: 'a section title changed', allowed: false },
    { rule: COMMENTER, change: 'a comment and a body edit in one update', allowed: false },
    { rule: GOALS_LOCKED, change: 'text typed in the middle of a paragraph', allowed: true },
    { rule: GOALS_LOCKED, change: 'a paragraph deleted', allowed: false },
    { rule: GOALS_LOCKED, change: 'bold applied to existing text', allowed: false },
  ])('$rule.kind $rule.roots: $change → $allowed', ({ rule, change, allowed }) => {
    const server = planServer();
    expect(updateStaysWithin(server, updateOf(clientOf(server), byName(change)), rule)).toBe(allowed);
  });

  it('refuses an update with an unresolved part even when its known roots are allowed', () => {
    const server = planServer();
    const client = clientOf(server);
    updateOf(client, (doc) => thread(doc).set('a', 1));
    const second = updateOf(client, (doc) => thread(doc).set('b', 2));
    expect(updateStaysWithin(server, second, COMMENTER)).toBe(false);
  });
});

describe('touchedRoots against Yjs itself', () => {
  /** The roots Yjs reports changed when it applies the update to a copy of the doc. */
  function appliedRoots(server: Y.Doc, update: Uint8Array): { roots: Set<string>; pending: boolean } {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    const roots = new Set<string>();
    const names = new Map([...copy.share].map(([name, type]) => [type as unknown, name]));
    copy.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) {
        let root = type;
        while (root._item !== null) root = root._item.parent as typeof root;
        roots.add(names.get(root) ?? [...copy.share].find(([, t]) => t === root)![0]);
      }
    });
    Y.applyUpdate(copy, update);
    return { roots, pending: copy.store.pendingStructs !== null || copy.store.pendingDs !== null };
  }

  /** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
  function random(seed: number): (below: number) => number {
    let state = seed;
    return (below) => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
    };
  }

  const EDITS: Array<(doc: Y.Doc, pick: (below: number) => number) => void> = [
    (doc, pick) => { const t = firstText(doc, pick(2) ? 'vision' : 'goals'); t.insert(pick(t.length + 1), 'ab'); },
    (doc, pick) => { const t = firstText(doc, pick(2) ? 'vision' : 'goals'); if (t.length > 2) t.delete(pick(t.length - 2), 2); },
    (doc, pick) => { const t = firstText(doc, 'goals'); if (t.length > 3) t.format(pick(t.length - 3), 3, { bold: true }); },
    (doc, pick) => getSectionBody(doc, 'vision').insert(pick(2), [paragraph('new')]),
    (doc) => { const body = getSectionBody(doc, 'vision'); if (body.length > 1) body.delete(body.length - 1, 1); },
    (doc, pick) => { const m = new Y.Map<unknown>(); comments(doc).set(`t${pick(5)}`, m); m.set('text', 'hi'); },
    (doc, pick) => { const t = comments(doc).get(`t${pick(5)}`); if (t instanceof Y.Map) t.set('resolved', pick(2) === 1); },
    (doc, pick) => comments(doc).delete(`t${pick(5)}`),
    (doc, pick) => getSectionsArray(doc).get(pick(2)).set('title', `T${pick(9)}`),
  ];

  it('agrees with what Yjs changes, over random edits, merges, gaps and concurrent writers', () => {
    const pick = random(20_240_611);
    const server = planServer();
    const clients = [clientOf(server), clientOf(server), clientOf(server)];
    const outboxes: Uint8Array[][] = clients.map(() => []);
    let pendingSeen = 0;
    for (let step = 0; step < 600; step++) {
      const who = pick(clients.length);
      const client = clients[who]!;
      const edit = EDITS[pick(EDITS.length)]!;
      const updates: Uint8Array[] = [];
      const record = (update: Uint8Array) => updates.push(update);
      client.on('update', record);
      client.transact(() => edit(client, pick));
      client.off('update', record);
      outboxes[who]!.push(...updates);
      if (pick(3) !== 0) continue;
      const outbox = outboxes[who]!;
      const mode = pick(4);
      const update = mode === 0 ? Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
        : mode === 1 && outbox.length > 1 ? Y.mergeUpdates(outbox.slice(1)) // the first one lost: a gap
        : Y.mergeUpdates(outbox);
      const found = touchedRoots(server, update);
      const truth = appliedRoots(server, update);
      expect({ step, ...found }).toEqual({ step, roots: truth.roots, unresolved: truth.pending });
      if (found.unresolved) pendingSeen += 1;
      else {
        Y.applyUpdate(server, update);
        outbox.length = 0;
      }
      if (pick(2) === 0) Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    }
    expect(pendingSeen).toBeGreaterThan(0);
  });
});
