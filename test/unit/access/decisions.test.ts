import fc from 'fast-check';
import { mayActAsBureau, mayValidateRows, syncTarget, type Principal } from '../../../functions/src/core/access';

const nobody: Principal = { email: 'n@example.cn', bureau: false, gardenIds: [] };
const editorA: Principal = { email: 'a@example.cn', bureau: false, gardenIds: ['A'] };
const editorAB: Principal = { email: 'ab@example.cn', bureau: false, gardenIds: ['A', 'B'] };
const bureau: Principal = { email: 'b@bureau.example.cn', bureau: true, gardenIds: [] };

describe('mayValidateRows', () => {
  it('lets garden editors and the bureau check rows', () => {
    expect(mayValidateRows(editorA).allowed).toBe(true);
    expect(mayValidateRows(bureau).allowed).toBe(true);
  });
  it('refuses callers with no role', () => {
    expect(mayValidateRows(nobody)).toEqual({ allowed: false, reason: 'no_role' });
  });
});

describe('syncTarget', () => {
  it("takes a single-garden editor's own garden when none is named", () => {
    expect(syncTarget(editorA, null)).toEqual({ allowed: true, gardenId: 'A' });
  });
  it('accepts a named garden the caller edits', () => {
    expect(syncTarget(editorAB, 'B')).toEqual({ allowed: true, gardenId: 'B' });
  });
  it("refuses another garden's id", () => {
    expect(syncTarget(editorA, 'B')).toEqual({ allowed: false, reason: 'not_editor' });
  });
  it('asks an editor of several gardens to choose', () => {
    expect(syncTarget(editorAB, null)).toEqual({ allowed: false, reason: 'ambiguous_garden' });
  });
  it('lets the bureau sync a named garden, and asks it to name one', () => {
    expect(syncTarget(bureau, 'Z')).toEqual({ allowed: true, gardenId: 'Z' });
    expect(syncTarget(bureau, null)).toEqual({ allowed: false, reason: 'garden_required' });
  });
  it('refuses callers with no role whatever they name', () => {
    expect(syncTarget(nobody, 'A')).toEqual({ allowed: false, reason: 'no_role' });
  });
  it('never grants a non-bureau caller a garden outside its own list', () => {
    const principal = fc.record({
      email: fc.constant('p@example.cn'),
      bureau: fc.constant(false),
      gardenIds: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(principal, fc.option(fc.string({ minLength: 1, maxLength: 4 }), { nil: null }), (p, requested) => {
        const d = syncTarget(p, requested);
        return !d.allowed || p.gardenIds.includes(d.gardenId);
      }),
    );
  });
});

describe('mayActAsBureau', () => {
  it('lets the bureau through', () => {
    expect(mayActAsBureau(bureau).allowed).toBe(true);
  });
  it('refuses a garden editor as bureau_only and a stranger as no_role', () => {
    expect(mayActAsBureau(editorAB)).toEqual({ allowed: false, reason: 'bureau_only' });
    expect(mayActAsBureau(nobody)).toEqual({ allowed: false, reason: 'no_role' });
  });
  it('lets bureau staff who also edit a garden act as bureau', () => {
    expect(mayActAsBureau({ ...editorA, bureau: true }).allowed).toBe(true);
  });
});
