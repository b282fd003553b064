import { checkAcks } from './check-acks.js';
import { collaboratorsFixture, fixture, policyOf } from './setup-of.test-helper.js';
import type { Collaborator } from './types.js';

const GOOD = policyOf(fixture('maintainers.yml'));
const COLLABORATORS = { value: collaboratorsFixture() };
const UNREADABLE = {
  unreadable: {
    reason: 'GitHub answered HTTP 403 Must have push access to view repository collaborators.',
    needs: 'push access',
  },
};
const withPermission = (login: string, permission: Collaborator['permission']) => ({
  value: collaboratorsFixture().map((c) => (c.login === login ? { ...c, permission } : c)),
});

describe('checkAcks', () => {
  it('checkAcks passes when every holding subsystem has a maintainer with write access', () => {
    expect(checkAcks(GOOD, COLLABORATORS, 'maintainers.yml')).toEqual([]);
  });

  it('checkAcks errors on a holding subsystem whose only maintainer cannot merge (read access)', () => {
    const findings = checkAcks(GOOD, withPermission('axboe', 'read'), 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ check: 'acks', severity: 'error' })]);
    expect(findings[0].message).toContain('BLOCK LAYER [axboe: read access]');
  });

  it('checkAcks warns about a maintainer who cannot ack where another can', () => {
    const findings = checkAcks(GOOD, withPermission('mszyprow', 'triage'), 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(findings[0].message).toBe(
      '1 maintainer of holding subsystems can never ack: mszyprow (triage access, DMA MAPPING HELPERS).',
    );
  });

  it('checkAcks ignores subsystems that never hold (core, opt-in)', () => {
    expect(checkAcks(GOOD, withPermission('kuba-netdev', 'read'), 'maintainers.yml')).toEqual([]);
  });

  it('checkAcks errors on an undecided subsystem listed only as a team: nobody can ever ack', () => {
    const policy = policyOf(
      'version: 1\nsubsystems:\n  - name: GPU\n    rust: undecided\n    maintainers: [drm/maintainers]\n    files: [drivers/gpu/]\n',
    );
    const findings = checkAcks(policy, COLLABORATORS, 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(findings[0].message).toContain('GPU [drm/maintainers: a team: only a person’s approval counts]');
  });

  it('checkAcks only warns for an opt-out subsystem nobody can grant an exception for (refusing may be the intent)', () => {
    const policy = policyOf(
      'version: 1\nsubsystems:\n  - name: GPU\n    rust: opt-out\n    maintainers: [drm/maintainers]\n    files: [drivers/gpu/]\n',
    );
    const findings = checkAcks(policy, COLLABORATORS, 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(findings[0].message).toBe(
      '1 opt-out subsystem has no maintainer who can grant an exception, so Rust there is refused for good: ' +
        'GPU [drm/maintainers: a team: only a person’s approval counts].',
    );
  });

  it('checkAcks knows a team-only or unmapped subsystem is stuck even when collaborators cannot be read', () => {
    const policy = policyOf(
      'version: 1\nsubsystems:\n  - name: GPU\n    maintainers: [drm/maintainers]\n    files: [drivers/gpu/]\n  - name: BLOCK\n    maintainers: [axboe]\n    files: [block/]\n',
    );
    const findings = checkAcks(policy, UNREADABLE, 'maintainers.yml');
    expect(findings.map((f) => f.severity)).toEqual(['error', 'not-checked']);
    expect(findings[1].message).toContain('BLOCK');
  });

  it('checkAcks counts imported people without a login and summarises thousands of subsystems', () => {
    const sections = Array.from(
      { length: 3000 },
      (_, i) => `SECTION ${i}\nM:\tPerson ${i} <p${i}@example.org>\nS:\tMaintained\nF:\tdir${i}/\n`,
    ).join('\n');
    const policy = policyOf('version: 1\nimport: { path: MAINTAINERS }\n', { text: sections, file: 'MAINTAINERS' });
    const findings = checkAcks(policy, COLLABORATORS, 'maintainers.yml');
    expect(findings[0].message).toMatch(
      /^3,000 undecided subsystems have no maintainer who can ack.*SECTION 0 \[Person 0 <p0@example.org>: no GitHub login\].* and 2,995 more\.$/,
    );
    expect(findings[0].message.length).toBeLessThan(800);
  });
});
