import { OWNER, REPO } from '../../emulator/harness.js';
import {
  defaultBranchRuleset,
  requestLines,
  settingsRepository,
  type SettingsEmulator,
} from './doctor-emulator.test-helper.js';
import { listBranchRules } from './list-branch-rules.js';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listBranchRules', () => {
  it('listBranchRules lists the active rules on the branch with the ruleset they come from', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    const id = emu.addRuleset(
      defaultBranchRuleset([
        {
          type: 'required_status_checks',
          parameters: { required_status_checks: [{ context: 'rust-patch-router', integration_id: 15368 }] },
        },
        { type: 'merge_queue' },
      ]),
    );
    emu.addRuleset({
      ...(defaultBranchRuleset([{ type: 'deletion' }]) as object),
      name: 'trial',
      enforcement: 'evaluate',
    });
    const rules = await listBranchRules(repo.client, { owner: OWNER, repo: REPO }, 'main');
    expect(rules.map((r) => [r.type, r.ruleset_id])).toEqual([
      ['required_status_checks', id],
      ['merge_queue', id],
    ]);
    expect(rules[0].parameters?.required_status_checks).toEqual([
      { context: 'rust-patch-router', integration_id: 15368 },
    ]);
    expect(requestLines(emu)).toEqual([`GET /repos/${OWNER}/${REPO}/rules/branches/main 200`]);
  });

  it('listBranchRules is empty for a branch no ruleset covers', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    expect(await listBranchRules(repo.client, { owner: OWNER, repo: REPO }, 'main')).toEqual([]);
  });
});
