import { checkCollaborators } from './check-collaborators.js';
import { collaboratorsFixture, fixture, policyOf } from './setup-of.test-helper.js';

const GOOD = policyOf(fixture('maintainers.yml'));
const COLLABORATORS = { value: collaboratorsFixture() };
const UNREADABLE = {
  unreadable: {
    reason: 'GitHub answered HTTP 403 Must have push access to view repository collaborators.',
    needs: 'push access',
  },
};
const without = (...logins: string[]) => ({ value: collaboratorsFixture().filter((c) => !logins.includes(c.login)) });

describe('checkCollaborators', () => {
  it('checkCollaborators passes when every login is a collaborator (case-insensitively)', () => {
    expect(checkCollaborators(GOOD, COLLABORATORS, 'maintainers.yml')).toEqual([]);
    const upper = { value: collaboratorsFixture().map((c) => ({ ...c, login: c.login.toUpperCase() })) };
    expect(checkCollaborators(GOOD, upper, 'maintainers.yml')).toEqual([]);
  });

  it('checkCollaborators warns about logins that are not collaborators, with their subsystems', () => {
    const findings = checkCollaborators(GOOD, without('davem', 'robin-murphy'), 'maintainers.yml');
    expect(findings).toEqual([
      expect.objectContaining({ check: 'collaborators', severity: 'warning', file: 'maintainers.yml' }),
    ]);
    expect(findings[0].message).toBe(
      '2 logins in maintainers.yml are not collaborators, so GitHub refuses to request their review: ' +
        'davem (NETWORKING DRIVERS) and robin-murphy (DMA MAPPING HELPERS).',
    );
  });

  it('checkCollaborators says "not checked" when the collaborators cannot be listed', () => {
    expect(checkCollaborators(GOOD, UNREADABLE, 'maintainers.yml').map((f) => f.severity)).toEqual(['not-checked']);
  });
});
