import { checkAcks } from './check-acks.js';
import { checkCollaborators } from './check-collaborators.js';
import { checkTeams } from './check-teams.js';
import { checkUnmappedEmails } from './check-unmapped-emails.js';
import { collaboratorsFixture, fixture, policyOf, prWorkflow, stepsOf } from './setup-of.test-helper.js';
import type { Collaborator } from './types.js';

const GOOD = policyOf(fixture('maintainers.yml'));
const COLLABORATORS = { value: collaboratorsFixture() };
const UNREADABLE = {
  unreadable: {
    reason: 'GitHub answered HTTP 403 Must have push access to view repository collaborators.',
    needs: 'push access',
  },
};
const without = (...logins: string[]) => ({ value: collaboratorsFixture().filter((c) => !logins.includes(c.login)) });
const withPermission = (login: string, permission: Collaborator['permission']) => ({
  value: collaboratorsFixture().map((c) => (c.login === login ? { ...c, permission } : c)),
});

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

  it('checkAcks errors on a holding subsystem listed only as a team', () => {
    const policy = policyOf(
      'version: 1\nsubsystems:\n  - name: GPU\n    rust: opt-out\n    maintainers: [drm/maintainers]\n    files: [drivers/gpu/]\n',
    );
    const findings = checkAcks(policy, COLLABORATORS, 'maintainers.yml');
    expect(findings[0].message).toContain('GPU [drm/maintainers: a team: only a person’s approval counts]');
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
      /^3,000 subsystems can hold Rust code .*SECTION 0 \[Person 0 <p0@example.org>: no GitHub login\].* and 2,995 more\.$/,
    );
    expect(findings[0].message.length).toBeLessThan(800);
  });
});

describe('checkTeams', () => {
  const teamPolicy = policyOf(
    'version: 1\nsubsystems:\n  - name: RUST\n    rust: core\n    maintainers: [ojeda]\n    reviewers: [rust-for-linux/reviewers]\n    files: [rust/]\n',
  );

  it('checkTeams passes a policy without teams', () => {
    expect(checkTeams(GOOD, stepsOf(prWorkflow()), 'maintainers.yml')).toEqual([]);
  });

  it('checkTeams warns that GITHUB_TOKEN cannot request teams', () => {
    const findings = checkTeams(teamPolicy, stepsOf(prWorkflow()), 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ check: 'teams', severity: 'warning' })]);
    expect(findings[0].fix).toContain('read:org');
  });

  it('checkTeams only notes teams when the workflow passes its own token', () => {
    const app = prWorkflow((t) =>
      t.replace('config: maintainers.yml', 'config: maintainers.yml\n          token: ${{ steps.app.outputs.token }}'),
    );
    expect(checkTeams(teamPolicy, stepsOf(app), 'maintainers.yml').map((f) => f.severity)).toEqual(['note']);
  });
});

describe('checkUnmappedEmails', () => {
  it('checkUnmappedEmails passes when everyone imported has a login', () => {
    const people =
      '{ axboe@kernel.dk: axboe, hch@lst.de: hch-lst, m.szyprowski@samsung.com: mszyprow, robin.murphy@arm.com: robin-murphy, ' +
      'andrew+netdev@lunn.ch: andrew-lunn, davem@davemloft.net: davem, edumazet@google.com: edumazet, kuba@kernel.org: kuba-netdev, ' +
      'pabeni@redhat.com: pabeni, ojeda@kernel.org: ojeda, alex.gaynor@gmail.com: alex-gaynor, boqun.feng@gmail.com: boqunfeng }';
    const policy = policyOf(`version: 1\nimport: { path: MAINTAINERS, people: ${people} }\n`, {
      text: fixture('MAINTAINERS'),
      file: 'MAINTAINERS',
    });
    expect(checkUnmappedEmails(policy, 'maintainers.yml')).toEqual([]);
  });

  it('checkUnmappedEmails counts the people without a login and names the first few', () => {
    const policy = policyOf('version: 1\nimport: { path: MAINTAINERS, people: { ojeda@kernel.org: ojeda } }\n', {
      text: fixture('MAINTAINERS'),
      file: 'MAINTAINERS',
    });
    const findings = checkUnmappedEmails(policy, 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ check: 'unmapped-emails', severity: 'warning' })]);
    expect(findings[0].message).toBe(
      '11 people imported from MAINTAINERS have no GitHub login, so they are never asked and can never ack: ' +
        'Jens Axboe <axboe@kernel.dk>, Christoph Hellwig <hch@lst.de>, Marek Szyprowski <m.szyprowski@samsung.com>, ' +
        'Robin Murphy <robin.murphy@arm.com>, Andrew Lunn <andrew+netdev@lunn.ch> and 6 more.',
    );
  });
});
