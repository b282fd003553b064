import type { Emulator } from './index.js';
import { call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';
const sha = (c: string) => c.repeat(40);

/** Lines 1..n of a Rust file, with one line replaced where asked. */
function rust(n: number, replace: Record<number, string> = {}) {
  return `${Array.from({ length: n }, (_, i) => replace[i + 1] ?? `    line_${i + 1}();`).join('\n')}\n`;
}

describe('compare and merge bases', () => {
  let emu: Emulator;
  // main: R ← M1 ← M2 ; topic: R ← T1 (edits x.rs) ; rebased: M2 ← T2 (same edit) ; grown: T1 ← T3 (one more line)
  beforeEach(async () => {
    emu = await startSeeded();
    emu.addCommit(sha('1'), { 'x.rs': rust(30), 'a.c': 'a\n' }, []);
    emu.addCommit(sha('2'), { 'x.rs': rust(30), 'a.c': 'a2\n' }, sha('1'));
    emu.addCommit(sha('3'), { 'x.rs': rust(30), 'a.c': 'a3\n' }, sha('2'));
    emu.addCommit(sha('4'), { 'x.rs': rust(30, { 10: '    held();' }), 'a.c': 'a\n' }, sha('1'));
    emu.addCommit(sha('5'), { 'x.rs': rust(30, { 10: '    held();' }), 'a.c': 'a3\n' }, sha('3'));
    emu.addCommit(sha('6'), { 'x.rs': rust(30, { 10: '    held();', 20: '    more();' }), 'a.c': 'a\n' }, sha('4'));
    emu.setBranch('main', sha('3'));
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('compares from the merge base: diverged, with ahead/behind counts and only the topic’s files', async () => {
    const { json } = await call(emu, 'GET', `${REPO}/compare/main...${sha('4')}`);
    expect(json).toMatchObject({
      status: 'diverged',
      ahead_by: 1,
      behind_by: 2,
      total_commits: 1,
      base_commit: { sha: sha('3') },
      merge_base_commit: { sha: sha('1') },
    });
    expect(json.files.map((f: { filename: string }) => f.filename)).toEqual(['x.rs']);
    expect(json.commits.map((c: { sha: string; parents: { sha: string }[] }) => [c.sha, c.parents[0].sha])).toEqual([
      [sha('4'), sha('1')],
    ]);
  });

  it.each([
    [sha('1'), sha('3'), 'ahead', 2, 0],
    [sha('3'), sha('1'), 'behind', 0, 2],
    [sha('3'), sha('3'), 'identical', 0, 0],
  ])('compares %s...%s as %s', async (base, head, status, ahead, behind) => {
    const { json } = await call(emu, 'GET', `${REPO}/compare/${base}...${head}`);
    expect([json.status, json.ahead_by, json.behind_by]).toEqual([status, ahead, behind]);
  });

  it('keeps a held file’s patch across a clean rebase and changes it when a line is added', async () => {
    const patchOf = async (base: string, head: string) =>
      (await call(emu, 'GET', `${REPO}/compare/${base}...${head}`)).json.files.find(
        (f: { filename: string }) => f.filename === 'x.rs',
      ).patch;
    const reviewed = await patchOf(sha('1'), sha('4'));
    const rebased = await patchOf(sha('3'), sha('5'));
    const grown = await patchOf(sha('1'), sha('6'));
    expect(reviewed).toBe(
      '@@ -7,7 +7,7 @@\n     line_7();\n     line_8();\n     line_9();\n-    line_10();\n+    held();\n     line_11();\n     line_12();\n     line_13();',
    );
    expect(rebased).toBe(reviewed);
    expect(grown).not.toBe(reviewed);
  });

  it('answers 404 for commits without a common ancestor', async () => {
    emu.addCommit(sha('9'), { 'y.rs': 'y\n' }, []);
    const { status, json } = await call(emu, 'GET', `${REPO}/compare/${sha('1')}...${sha('9')}`);
    expect([status, json.message]).toEqual([404, `No common ancestor between ${sha('1')} and ${sha('9')}.`]);
  });

  it('lists a pull request’s files with real patches from the merge base, and follows a push', async () => {
    emu.addPullRequest({ number: 7, user: 'bob', base: { sha: sha('3') }, head: { sha: sha('4'), ref: 'topic' } });
    const before = await call(emu, 'GET', `${REPO}/pulls/7/files`);
    emu.updatePullRequest(7, { headSha: sha('6') });
    const after = await call(emu, 'GET', `${REPO}/pulls/7/files`);
    expect(before.json.map((f: { filename: string }) => f.filename)).toEqual(['x.rs']);
    expect(before.json[0]).toMatchObject({
      additions: 1,
      deletions: 1,
      patch: expect.stringMatching(/^@@ -7,7 \+7,7 @@/),
    });
    expect(after.json[0]).toMatchObject({ additions: 2, deletions: 2 });
  });
});
