import type { Emulator } from './index.js';
import { BASE, HEAD, call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';

/** `count` changed files named so that their order is obvious. */
function manyFiles(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    filename: `drivers/net/f${String(i).padStart(5, '0')}.c`,
    patch: '@@ -1 +1 @@\n-old\n+new',
  }));
}

/** The URL of each rel in a Link header. */
function rels(link: string | null): Record<string, string> {
  return Object.fromEntries([...(link ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)].map((m) => [m[2], m[1]]));
}

describe('pull requests', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close(); // first: a failed expectation must not leave the server running
    expect(emu.violations).toEqual([]);
  });

  it('GET /pulls/{n} shows the fields the action reads', async () => {
    emu.addPullRequest({
      number: 2,
      user: 'bob',
      draft: true,
      base: { sha: BASE },
      head: { sha: HEAD, ref: 'fix' },
      files: manyFiles(3),
      requestedReviewers: ['ojeda'],
      requestedTeams: ['rust-reviewers'],
    });
    const { status, json } = await call(emu, 'GET', `${REPO}/pulls/2`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      number: 2,
      draft: true,
      changed_files: 3,
      user: { login: 'bob', type: 'User' },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'torvalds/linux' } },
      head: { sha: HEAD, ref: 'fix', repo: { full_name: 'torvalds/linux' } },
      labels: [],
      requested_reviewers: [{ login: 'ojeda' }],
      requested_teams: [{ slug: 'rust-reviewers' }],
    });
  });

  it('GET /pulls/{n} shows a fork as another head repository, and a deleted fork as null', async () => {
    emu.addPullRequest({ number: 3, user: 'carol', base: { sha: BASE }, head: { sha: HEAD, repoFullName: null } });
    const fork = await call(emu, 'GET', `${REPO}/pulls/1`);
    const gone = await call(emu, 'GET', `${REPO}/pulls/3`);
    expect(fork.json.head.repo).toMatchObject({ full_name: 'alice/linux', fork: true });
    expect(gone.json.head.repo).toBeNull();
  });

  it('lists the files between base and head when the pull request was given no file list', async () => {
    const { json } = await call(emu, 'GET', `${REPO}/pulls/1/files`);
    expect(json.map((f: { filename: string; status: string }) => [f.filename, f.status])).toEqual([
      ['rust/kernel/lib.rs', 'modified'],
      ['rust/kernel/net.rs', 'added'],
    ]);
  });

  it('paginates files across three pages with GitHub Link headers', async () => {
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD }, files: manyFiles(250) });
    const byId = `${emu.url}/repositories/${emu.state.repositoryId}/pulls/2/files`;
    const first = await call(emu, 'GET', `${REPO}/pulls/2/files?per_page=100`);
    expect(first.headers.get('link')).toBe(
      `<${byId}?per_page=100&page=2>; rel="next", <${byId}?per_page=100&page=3>; rel="last"`,
    );
    // Follow the link as Octokit does: GitHub's links address the repository by id.
    const next = new URL(rels(first.headers.get('link')).next);
    const second = await call(emu, 'GET', `${next.pathname}${next.search}`);
    expect(second.headers.get('link')).toBe(
      `<${byId}?per_page=100&page=1>; rel="prev", <${byId}?per_page=100&page=3>; rel="next", ` +
        `<${byId}?per_page=100&page=3>; rel="last", <${byId}?per_page=100&page=1>; rel="first"`,
    );
    const third = await call(emu, 'GET', `${REPO}/pulls/2/files?per_page=100&page=3`);
    expect(rels(third.headers.get('link'))).toEqual({
      prev: `${byId}?per_page=100&page=2`,
      first: `${byId}?per_page=100&page=1`,
    });
    const names = [...first.json, ...second.json, ...third.json].map((f: { filename: string }) => f.filename);
    expect(names).toEqual(manyFiles(250).map((f) => f.filename));
  });

  it('stops listing at 3,000 files while changed_files counts 3,500', async () => {
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD }, files: manyFiles(3500) });
    const pull = await call(emu, 'GET', `${REPO}/pulls/2`);
    const first = await call(emu, 'GET', `${REPO}/pulls/2/files?per_page=100`);
    const last = await call(emu, 'GET', `${REPO}/pulls/2/files?per_page=100&page=30`);
    const past = await call(emu, 'GET', `${REPO}/pulls/2/files?per_page=100&page=31`);
    expect(pull.json.changed_files).toBe(3500);
    expect(rels(first.headers.get('link')).last).toMatch(/[?&]page=30$/);
    expect(last.json.at(-1).filename).toBe('drivers/net/f02999.c');
    expect(past.json).toEqual([]);
  });

  it('defaults to 30 files a page and clamps per_page to 100', async () => {
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD }, files: manyFiles(150) });
    const plain = await call(emu, 'GET', `${REPO}/pulls/2/files`);
    const huge = await call(emu, 'GET', `${REPO}/pulls/2/files?per_page=500`);
    expect(plain.json).toHaveLength(30);
    expect(huge.json).toHaveLength(100);
  });

  it('omits patch where the file list gives none (binary files, huge diffs)', async () => {
    emu.addPullRequest({
      number: 2,
      user: 'bob',
      base: { sha: BASE },
      head: { sha: HEAD },
      files: [
        { filename: 'firmware/blob.bin', status: 'added' },
        { filename: 'a.c', previous_filename: 'b.c', status: 'renamed', patch: '@@ -1 +1 @@\n-x\n+y' },
      ],
    });
    const { json } = await call(emu, 'GET', `${REPO}/pulls/2/files`);
    expect(json[0]).not.toHaveProperty('patch');
    expect(json[1]).toMatchObject({
      status: 'renamed',
      previous_filename: 'b.c',
      additions: 1,
      deletions: 1,
      changes: 2,
    });
  });

  it('answers the diff media type with the diff, and 406 past 300 files', async () => {
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD }, files: manyFiles(301) });
    const accept = { accept: 'application/vnd.github.v3.diff' };
    const small = await call(emu, 'GET', `${REPO}/pulls/1`, undefined, accept);
    const big = await call(emu, 'GET', `${REPO}/pulls/2`, undefined, accept);
    expect(small.text).toContain('diff --git a/rust/kernel/net.rs b/rust/kernel/net.rs\nnew file mode 100644');
    expect(big.status).toBe(406);
    expect(big.json.message).toMatch(/maximum number of files \(300\)/);
  });

  it('answers 404 for a pull request that does not exist', async () => {
    const { status, json } = await call(emu, 'GET', `${REPO}/pulls/99/files`);
    expect([status, json.message]).toEqual([404, 'Not Found']);
  });
});
