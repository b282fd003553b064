import { EXAMPLE_POLICY, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from '../github/client.js';
import { policyPushVerdict } from './policy-push.js';

const repo = { owner: OWNER, repo: REPO };
const BEFORE = '1'.repeat(40);
const AFTER = '2'.repeat(40);
type Seeded = Emulator & { addCommit(sha: string, files: Record<string, string>, parents?: string | string[]): void };
let emu: Seeded;
beforeEach(async () => {
  emu = (await startRepository()) as Seeded;
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

const IMPORTING = 'version: 1\nimport:\n  path: MAINTAINERS\n';
const MAINTAINERS = 'THE REST\nM:\tLinus Torvalds <torvalds@linux-foundation.org>\nF:\t*\nF:\t*/\n';

async function verdict(before: Record<string, string>, after: Record<string, string>) {
  emu.addCommit(BEFORE, before, []);
  emu.addCommit(AFTER, after, BEFORE);
  const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
  const start = emu.requests.length;
  const result = await policyPushVerdict(client, repo, 'maintainers.yml', {
    branch: 'main',
    before: BEFORE,
    after: AFTER,
  });
  return { result, requests: emu.requests.length - start };
}

describe('policyPushVerdict', () => {
  it('leaves alone a push that changes other files, in one request', async () => {
    const { result, requests } = await verdict(
      { 'maintainers.yml': EXAMPLE_POLICY },
      { 'maintainers.yml': EXAMPLE_POLICY, 'drivers/net/x.c': 'int x;\n' },
    );
    expect(result).toEqual({ changed: false, why: 'maintainers.yml is the same at 1111111 and 2222222' });
    expect(requests).toBe(2); // the two blob ids; then the config, to learn it imports nothing
  });

  it('sweeps after a push that edits the config, naming the subsystems it changed', async () => {
    const { result } = await verdict(
      { 'maintainers.yml': EXAMPLE_POLICY },
      { 'maintainers.yml': EXAMPLE_POLICY.replace(/(- name: ETHERNET PHY LIBRARY\n\s+rust: )opt-in/, '$1opt-out') },
    );
    expect(result).toMatchObject({ changed: true, why: 'the push changed maintainers.yml' });
    expect(result.changed && [...(result.changedSubsystems as Set<string>)]).toEqual(['ETHERNET PHY LIBRARY']);
  });

  it('sweeps after a push that edits only the imported MAINTAINERS, in at most three requests to tell', async () => {
    const { result, requests } = await verdict(
      { 'maintainers.yml': IMPORTING, MAINTAINERS },
      {
        'maintainers.yml': IMPORTING,
        MAINTAINERS: MAINTAINERS.replace('F:\t*/\n', 'F:\t*/\nS:\tBuried alive in reporters\n'),
      },
    );
    expect(result).toMatchObject({ changed: true, why: 'the push changed MAINTAINERS, which maintainers.yml imports' });
    expect(requests).toBeGreaterThanOrEqual(3);
  });

  it('leaves alone a push where the import is the same too', async () => {
    const { result, requests } = await verdict(
      { 'maintainers.yml': IMPORTING, MAINTAINERS },
      { 'maintainers.yml': IMPORTING, MAINTAINERS, README: 'hello\n' },
    );
    expect(result).toEqual({
      changed: false,
      why: 'maintainers.yml and MAINTAINERS are the same at 1111111 and 2222222',
    });
    expect(requests).toBe(3);
  });

  it('sweeps after a push that adds the policy', async () => {
    const { result } = await verdict({ README: 'hello\n' }, { 'maintainers.yml': EXAMPLE_POLICY });
    expect(result).toMatchObject({ changed: true, changedSubsystems: 'all' });
  });
});
