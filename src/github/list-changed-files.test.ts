import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { FILES_API_CAP, listChangedFiles } from './list-changed-files.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, {});
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

function open(
  files: Array<{
    filename: string;
    status?: string;
    previous_filename?: string;
    patch?: string;
    additions?: number;
    deletions?: number;
  }>,
) {
  emu.addPullRequest({ number: 5, user: 'alice', base: { sha: BASE }, head: { sha: BASE }, files });
}

describe('listChangedFiles', () => {
  it('follows every page, 100 files a page', async () => {
    open(Array.from({ length: 250 }, (_, i) => ({ filename: `drivers/f${i}.c` })));
    const listed = await listChangedFiles(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 5, 250);

    expect(listed.complete).toBe(true);
    expect(listed.files).toHaveLength(250);
    expect(listed.files[249]).toEqual({ path: 'drivers/f249.c', status: 'modified' });
    const pages = emu.requests.filter((r) => r.path.endsWith('/pulls/5/files'));
    expect(pages.map((r) => r.query.per_page)).toEqual(['100', '100', '100']);
  });

  it('keeps both paths of a rename, and the +/- lines of the patches', async () => {
    open([
      {
        filename: 'rust/kernel/net/phy.rs',
        status: 'renamed',
        previous_filename: 'rust/kernel/phy.rs',
        patch: '@@ -1,2 +1,2 @@\n-use old;\n+use new;\n context',
      },
      { filename: 'firmware/blob.bin', status: 'added' },
    ]);
    const listed = await listChangedFiles(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 5, 2);

    expect(listed.files).toStrictEqual([
      {
        path: 'rust/kernel/net/phy.rs',
        previousPath: 'rust/kernel/phy.rs',
        status: 'renamed',
        hunks: [{ oldStart: 1, newStart: 1, lines: ['-use old;', '+use new;', ' context'] }],
      },
      { path: 'firmware/blob.bin', status: 'added' },
    ]);
    expect(listed.diffLines).toEqual(['use old;', 'use new;']);
  });

  it('gives each file with a patch its hunks, marker kept, "\\ No newline" dropped, empty context as " "', async () => {
    open([
      {
        filename: 'rust/kernel/sync/arc.rs',
        patch:
          '@@ -3,2 +3,4 @@ use core::ptr;\n' +
          ' fn a() {}\n' +
          '\n' +
          '+// SAFETY: `ptr` is valid.\n' +
          '+unsafe impl Send for Arc {}\n' +
          '@@ -40,1 +41,1 @@ impl Arc {\n' +
          '-old\n' +
          '\\ No newline at end of file\n' +
          '+new\n' +
          '\\ No newline at end of file',
      },
    ]);
    const listed = await listChangedFiles(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 5, 1);

    expect(listed.files[0].hunks).toStrictEqual([
      {
        oldStart: 3,
        newStart: 3,
        lines: [' fn a() {}', ' ', '+// SAFETY: `ptr` is valid.', '+unsafe impl Send for Arc {}'],
      },
      { oldStart: 40, newStart: 41, lines: ['-old', '+new'] },
    ]);
    expect(listed.diffLines).toStrictEqual(['// SAFETY: `ptr` is valid.', 'unsafe impl Send for Arc {}', 'old', 'new']);
  });

  it('marks a file whose lines changed but whose patch GitHub left out (too large); a binary file changes none', async () => {
    open([
      { filename: 'drivers/gpu/nova/huge.rs', additions: 40000, deletions: 0 },
      { filename: 'firmware/nova.bin', additions: 0, deletions: 0 },
    ]);
    const listed = await listChangedFiles(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 5, 2);

    expect(listed.files).toStrictEqual([
      { path: 'drivers/gpu/nova/huge.rs', status: 'modified', diffOmitted: true },
      { path: 'firmware/nova.bin', status: 'modified' },
    ]);
  });

  it('says the list is incomplete when GitHub stops at its cap before changed_files', async () => {
    open(
      Array.from({ length: FILES_API_CAP + 1 }, (_, i) => ({ filename: `drivers/f${String(i).padStart(4, '0')}.c` })),
    );
    const listed = await listChangedFiles(
      createGitHubClient('ghs_test', { baseUrl: emu.url }),
      repo,
      5,
      FILES_API_CAP + 1,
    );

    expect(listed.files).toHaveLength(FILES_API_CAP);
    expect(listed.complete).toBe(false);
  });
});
