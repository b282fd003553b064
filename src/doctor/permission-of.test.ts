import { permissionOf } from './permission-of.js';

describe('permissionOf', () => {
  it.each([
    [{ admin: true, maintain: true, push: true, triage: true, pull: true }, 'admin'],
    [{ admin: false, maintain: true, push: true, triage: true, pull: true }, 'maintain'],
    [{ admin: false, maintain: false, push: true, triage: true, pull: true }, 'write'],
    [{ admin: false, maintain: false, push: false, triage: true, pull: true }, 'triage'],
    [{ admin: false, maintain: false, push: false, triage: false, pull: true }, 'read'],
    [undefined, 'read'],
  ])('permissionOf(%j) → %s', (flags, expected) => {
    expect(permissionOf(flags)).toBe(expected);
  });
});
