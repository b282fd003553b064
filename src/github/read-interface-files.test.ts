import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { createGitHubClient } from './client.js';
import { readInterfaceFiles } from './read-interface-files.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = '2'.repeat(40);
const INTERFACE_FILES = DEFAULT_RUST_REVIEW.interfaceFiles;

/** A small kernel-like tree: what the defaults match, what they do not, and what they cannot use. */
const TREE: Record<string, string | Uint8Array> = {
  'rust/bindings/bindings_helper.h': '#include <linux/phy.h>\n#include <linux/mutex.h>\n',
  'rust/helpers/mutex.c': '#include <linux/mutex.h>\n',
  'rust/helpers/blk.c': '#include <linux/blk-mq.h>\n',
  'rust/helpers/sub/nested.c': '#include <linux/nested.h>\n',
  'rust/Makefile': 'obj-$(CONFIG_RUST) += core.o\n',
  'rust/kernel/sync.rs': '//! C header: [`include/linux/mutex.h`](srctree/include/linux/mutex.h)\n',
  // Six levels below rust/: past the levels one listing request holds, so it takes a follow-up request.
  'rust/kernel/a/b/c/d/deep.rs': '//! C header: [`include/linux/deep.h`](srctree/include/linux/deep.h)\n',
  'rust/kernel/logo.rs': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
  // Over GitHub's Blob.text limit: isTruncated, so not used.
  'rust/kernel/huge.rs': `//! ${'x'.repeat(600 * 1024)}\n`,
  'drivers/net/phy/ax88796b_rust.rs': '//! outside the prefix\n',
  MAINTAINERS: 'RUST\nF:\trust/\n',
};

type Seeded = Emulator & {
  addCommit(sha: string, files: Record<string, string | Uint8Array>, parents?: string[]): void;
};
let emu: Seeded;
beforeEach(async () => {
  emu = (await startRepository()) as Seeded;
  emu.addCommit(BASE, TREE, []);
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

const graphqlRequests = () => emu.requests.filter((r) => r.path === '/graphql');

describe('readInterfaceFiles', () => {
  it('readInterfaceFiles reads the matching files below the static prefixes in 3 requests, binary and truncated ones not', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await readInterfaceFiles(client, repo, BASE, INTERFACE_FILES);
    expect([...read.texts.keys()]).toEqual([
      'rust/bindings/bindings_helper.h',
      'rust/helpers/blk.c',
      'rust/helpers/mutex.c',
      'rust/kernel/a/b/c/d/deep.rs',
      'rust/kernel/sync.rs',
    ]);
    expect(read.texts.get('rust/helpers/mutex.c')).toBe('#include <linux/mutex.h>\n');
    expect(read.notRead).toBe(2);
    // The rust/ tree four levels deep, its deeper rest, then every blob in one request.
    const requests = graphqlRequests();
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      const { query, variables } = request.body as { query: string; variables: Record<string, string> };
      expect(query).not.toMatch(/rust|\/|2222/);
      expect(Object.values(variables).every((value) => typeof value === 'string')).toBe(true);
    }
  });

  it('readInterfaceFiles keeps the bindings header, then the helpers, under the cap and counts the rest', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await readInterfaceFiles(client, repo, BASE, INTERFACE_FILES, 2);
    expect([...read.texts.keys()]).toEqual(['rust/bindings/bindings_helper.h', 'rust/helpers/blk.c']);
    expect(read.notRead).toBe(5);
  });

  it('readInterfaceFiles lists a one-level glob only one level deep', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await readInterfaceFiles(client, repo, BASE, ['rust/helpers/*.c']);
    expect([...read.texts.keys()]).toEqual(['rust/helpers/blk.c', 'rust/helpers/mutex.c']);
    const [listing] = graphqlRequests();
    expect((listing.body as { query: string }).query).not.toContain('object { ... on Tree');
  });

  it('readInterfaceFiles finds nothing, without failing, where the prefixes are not there', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await readInterfaceFiles(client, repo, BASE, ['samples/rust/*.rs', 'include/linux/none.h', 'rust']);
    expect(read).toEqual({ texts: new Map(), notRead: 0 });
    expect(graphqlRequests()).toHaveLength(1);
  });

  it('readInterfaceFiles reads more than 100 blobs in batches of 100', async () => {
    const helpers = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`rust/helpers/h${String(i).padStart(3, '0')}.c`, `#include <h${i}.h>\n`]),
    );
    emu.addCommit('3'.repeat(40), helpers, []);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await readInterfaceFiles(client, repo, '3'.repeat(40), INTERFACE_FILES);
    expect(read.texts.size).toBe(150);
    expect(read.texts.get('rust/helpers/h149.c')).toBe('#include <h149.h>\n');
    expect(graphqlRequests()).toHaveLength(3);
  });

  it('readInterfaceFiles throws what it was doing and GitHub’s answer when a request fails', async () => {
    emu.failNext({ path: '/graphql', status: 403, message: 'Resource not accessible by integration' });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await expect(readInterfaceFiles(client, repo, BASE, INTERFACE_FILES)).rejects.toThrow(
      `Could not list the interface files in rust at ${BASE}: HTTP 403 Resource not accessible by integration`,
    );
  });
});
