import { describe, expect, it } from 'vitest';
import { higherRole, writeRuleFor, type WriteRule } from '../../../../server/collab/access.ts';
import { capabilitiesOf, type WorkspaceRole } from '../../../../shared/schemas.ts';

const LOCKS = new Map<string, readonly string[]>([
  ['vision', ['principal']],
  ['budget', ['cfo', 'me']],
]);

const RULES: Array<{ role: WorkspaceRole; expected: WriteRule }> = [
  { role: 'owner', expected: { kind: 'any' } },
  { role: 'facilitator', expected: { kind: 'any' } },
  { role: 'editor', expected: { kind: 'except', roots: new Set(['meta', 'body:vision']) } },
  { role: 'commenter', expected: { kind: 'only', roots: new Set(['comments']) } },
  { role: 'viewer', expected: { kind: 'none' } },
];

describe('write rules', () => {
  it.each(RULES)('$role may write: $expected.kind', ({ role, expected }) => {
    expect(writeRuleFor(capabilitiesOf(role), LOCKS, 'me')).toEqual(expected);
  });

  it('an editor with no locks against them may change everything but the plan settings', () => {
    expect(writeRuleFor(capabilitiesOf('editor'), new Map([['budget', ['me']]]), 'me')).toEqual({ kind: 'except', roots: new Set(['meta']) });
  });

  it.each([
    { a: 'viewer', b: 'editor', higher: 'editor' },
    { a: 'facilitator', b: 'editor', higher: 'facilitator' },
    { a: undefined, b: 'commenter', higher: 'commenter' },
    { a: 'viewer', b: undefined, higher: 'viewer' },
    { a: undefined, b: undefined, higher: undefined },
  ] as const)('the higher of $a and $b is $higher', ({ a, b, higher }) => {
    expect(higherRole(a, b)).toBe(higher);
  });
});
