import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import { createGitHubClient } from '../github/client.js';
import { resolveDirectories } from './resolve-directories.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const POLICY = `version: 1
subsystems:
  - name: DRM CORE
    maintainers: [airlied]
    files: [include/drm/drm, drivers/gpu/drm/tiny]
  - name: ETHERNET PHY LIBRARY
    maintainers: [andrew-lunn]
    files: [drivers/net/phy]
`;

function subsystems() {
  const doc = validateConfig(POLICY, 'maintainers.yml');
  expect(doc.errors).toEqual([]);
  const policy = assemblePolicy(doc.value!);
  expect(policy.errors).toEqual([]);
  return policy.value.subsystems;
}

let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, {
    'include/drm/drm_gem.h': '/* gem */\n',
    'drivers/gpu/drm/tiny/gm12u320.c': '/* tiny */\n',
    'drivers/net/phy/phy.c': '/* phy */\n',
  });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('resolveDirectories', () => {
  it('asks the API at the base commit only about patterns that prefix a changed path without proving anything', async () => {
    const paths = ['include/drm/drm_gem.h', 'drivers/gpu/drm/tiny_panel.c', 'drivers/net/phy/phy.c'];
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const resolved = await resolveDirectories(client, repo, BASE, subsystems(), paths);

    expect(resolved.lookedUp).toEqual(['include/drm/drm', 'drivers/gpu/drm/tiny']);
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.isDirectory('include/drm/drm')).toBe(false);
    expect(resolved.isDirectory('drivers/gpu/drm/tiny')).toBe(true);
    expect(resolved.isDirectory('drivers/net/phy')).toBe(true);
    expect(emu.requests.map((r) => `${decodeURIComponent(r.path)}?ref=${r.query.ref}`)).toEqual([
      `/repos/${OWNER}/${REPO}/contents/include/drm/drm?ref=${BASE}`,
      `/repos/${OWNER}/${REPO}/contents/drivers/gpu/drm/tiny?ref=${BASE}`,
    ]);
  });

  it('asks nothing when the changed paths decide every pattern', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const resolved = await resolveDirectories(client, repo, BASE, subsystems(), ['drivers/net/phy/phy.c', 'README']);

    expect(resolved.lookedUp).toEqual([]);
    expect(emu.requests).toEqual([]);
  });
});
