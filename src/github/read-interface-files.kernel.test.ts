import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { kernelPath } from '../../jest/kernel-scale.js';
import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { createGitHubClient } from './client.js';
import { readInterfaceFiles } from './read-interface-files.js';

const BASE = '6'.repeat(40);

/** Every file of the 6.12 excerpt (rust/ and the scripts the checks read), by repository path. */
function kernelTree(): Record<string, Buffer> {
  const root = kernelPath('linux-6.12', 'tree');
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(root, path).split(sep).join('/'), readFileSync(path)];
      }),
  );
}

type Seeded = Emulator & { addCommit(sha: string, files: Record<string, Uint8Array>, parents?: string[]): void };
let emu: Seeded;
beforeAll(async () => {
  emu = (await startRepository()) as Seeded;
  emu.addCommit(BASE, kernelTree(), []);
});
afterAll(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('readInterfaceFiles on linux-6.12', () => {
  it('readInterfaceFiles reads the bindings header, the 19 helpers and every .rs file of rust/ in 2 requests', async () => {
    const tree = kernelTree();
    const rust = Object.keys(tree).filter((path) => path.startsWith('rust/') && path.endsWith('.rs'));
    const helpers = Object.keys(tree).filter((path) => /^rust\/helpers\/[^/]+\.c$/.test(path));
    expect(helpers).toHaveLength(19);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await readInterfaceFiles(
      client,
      { owner: OWNER, repo: REPO },
      BASE,
      DEFAULT_RUST_REVIEW.interfaceFiles,
    );
    expect([...read.texts.keys()].sort()).toEqual(['rust/bindings/bindings_helper.h', ...helpers, ...rust].sort());
    expect(read.notRead).toBe(0);
    expect(read.texts.get('rust/bindings/bindings_helper.h')).toContain('#include <linux/phy.h>');
    expect(read.texts.get('rust/kernel/net/phy.rs')).toBe(tree['rust/kernel/net/phy.rs'].toString('utf8'));
    // The rust/ tree with its four levels in one listing, then every blob in one batch.
    expect(emu.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
  });
});
