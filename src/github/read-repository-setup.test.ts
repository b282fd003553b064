import { OWNER, REPO } from '../../emulator/harness.js';
import {
  defaultBranchRuleset,
  requestLines,
  settingsRepository,
  type SettingsEmulator,
} from './doctor-emulator.test-helper.js';
import { readRepositorySetup } from './read-repository-setup.js';

const REPOSITORY = { owner: OWNER, repo: REPO };
const POLICY =
  'version: 1\nsubsystems:\n  - name: RUST\n    rust: core\n    maintainers: [ojeda]\n    files: [rust/]\n';
const WORKFLOW =
  'name: gate\non: pull_request_target\njobs:\n  route:\n    steps:\n      - uses: rust-for-linux/rust-patch-router@v1\n        with: { config: .github/rpr.yml }\n';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  expect(emu.writes()).toEqual([]);
  await emu.close();
});

describe('readRepositorySetup', () => {
  it('readRepositorySetup reads every part, the policy from the path the workflow gives', async () => {
    const repo = await settingsRepository({ '.github/workflows/gate.yml': WORKFLOW, '.github/rpr.yml': POLICY });
    emu = repo.emu;
    emu.addRuleset(defaultBranchRuleset([{ type: 'merge_queue' }]));
    const setup = await readRepositorySetup(repo.client, REPOSITORY);
    expect(setup).toMatchObject({
      repository: `${OWNER}/${REPO}`,
      defaultBranch: 'main',
      branch: 'main',
      rules: { value: [expect.objectContaining({ type: 'merge_queue' })] },
      protection: { value: null },
      workflows: { value: [{ path: '.github/workflows/gate.yml', state: 'active', text: WORKFLOW }] },
      defaultWorkflowPermissions: { value: 'read' },
      policy: { value: { path: '.github/rpr.yml', problems: [] } },
    });
    expect('value' in setup.policy && setup.policy.value.policy?.subsystems[0].name).toBe('RUST');
    expect(requestLines(emu)).toHaveLength(8);
  });

  it('readRepositorySetup turns what the token may not read into Unreadable parts naming the access needed', async () => {
    const repo = await settingsRepository({ '.github/workflows/gate.yml': WORKFLOW, '.github/rpr.yml': POLICY });
    emu = repo.emu;
    emu.setTokenPermissions({ contents: 'read' });
    const setup = await readRepositorySetup(repo.client, REPOSITORY);
    expect(setup.protection).toEqual({
      unreadable: {
        reason:
          'GitHub answered HTTP 403 Resource not accessible by integration when asked to read the branch protection of main',
        needs: expect.stringContaining('Administration read'),
      },
    });
    expect(setup.defaultWorkflowPermissions).toEqual({
      unreadable: expect.objectContaining({ needs: expect.stringContaining('admin') }),
    });
    // Without Actions read, the workflows come from the directory listing (state unknown).
    expect(setup.workflows).toEqual({
      value: [{ path: '.github/workflows/gate.yml', state: undefined, text: WORKFLOW }],
    });
  });

  it('readRepositorySetup reports a missing policy as a problem, not as unreadable', async () => {
    const repo = await settingsRepository({});
    emu = repo.emu;
    const setup = await readRepositorySetup(repo.client, REPOSITORY, { branch: 'main', config: './maintainers.yml' });
    expect(setup.policy).toEqual({
      value: {
        path: 'maintainers.yml',
        policy: null,
        problems: ['maintainers.yml:1:1: maintainers.yml does not exist at commit main'],
      },
    });
  });

  it('readRepositorySetup throws when the repository itself cannot be read', async () => {
    const repo = await settingsRepository({});
    emu = repo.emu;
    await expect(readRepositorySetup(repo.client, { owner: OWNER, repo: 'gone' })).rejects.toThrow('HTTP 404');
  });
});
