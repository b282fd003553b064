/**
 * The merge gate on GitHub (docs/GATE.md), through the bundled action against the emulator. Every test asks
 * the emulator the question that matters — can this pull request be merged, with the `rust-patch-router`
 * status required as the README says? — and not only what the step exited with. Each `describe` is one
 * attack from issue 7 that the gate now defeats.
 */
import { EXAMPLE_PEOPLE, EXAMPLE_POLICY, listOutput, runAction } from '../../emulator/harness.js';
import {
  BASE,
  CONTEXT,
  HEAD,
  gateStatusOn,
  inGatedRepository,
  payloads,
  runEvent,
  statusWrites,
  type GateEmulator,
} from './gate-harness.js';

const MARKER = '<!-- rust-patch-router -->';
const PR = 12;

/** A Rust file of NETWORKING DRIVERS (undecided in the example policy): held until one of its maintainers acks. */
const NET_RUST = 'drivers/net/ethernet/acme/acme_rust.rs';
const NET_C = 'drivers/net/ethernet/acme/acme_main.c';

/** A 30-line Rust file; `edit` replaces line 25, `extra` adds a line after it. */
function rustFile(edit = '    probe()', extra?: string): string {
  const lines = Array.from({ length: 30 }, (_, i) => `// line ${i + 1}`);
  lines[24] = edit;
  if (extra !== undefined) lines.splice(25, 0, extra);
  return `${lines.join('\n')}\n`;
}

/** Commit ids that read as what they are. */
const sha = (name: string) => Buffer.from(name).toString('hex').padEnd(40, '0').slice(0, 40);

/**
 * Opens PR #12 from `head` onto `base` with its files computed by the emulator from the two snapshots (so
 * the compare API answers with real patches, as GitHub would).
 */
function openRealPullRequest(emu: GateEmulator, base: string, head: string, user = 'contributor'): number {
  emu.addPullRequest({
    number: PR,
    title: 'net: acme: a new driver',
    body: 'Signed-off-by: A Contributor <contributor@example.org>',
    user,
    base: { sha: base, ref: 'main' },
    head: { sha: head, ref: 'acme', repoFullName: 'contributor/linux' },
  });
  return PR;
}

const synchronize = (emu: GateEmulator) =>
  runEvent(emu, 'pull_request_target', payloads.pullRequestEvent(emu, PR, 'synchronize'));
const reviewed = (emu: GateEmulator, reviewer: string) =>
  runEvent(emu, 'pull_request_review', payloads.pullRequestReviewEvent(emu, PR, reviewer, 'approved'));

describe('the status is the gate (a required job check under pull_request_target binds to the wrong commit)', () => {
  it.concurrent(
    'a blocked PR: the step passes (the base branch stays green), the status fails, the PR cannot merge',
    () =>
      inGatedRepository({}, async (emu) => {
        emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
        emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'kernel/dma/pool.rs': 'fn pool() {}\n' }, BASE);
        openRealPullRequest(emu, BASE, HEAD);
        const run = await runAction(emu, PR);

        expect(run.code).toBe(0);
        expect(run.outputs.blocked).toBe('true');
        expect(gateStatusOn(emu)).toEqual({
          state: 'failure',
          context: CONTEXT,
          description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet',
          // Stable: the sticky comment, which says the same at more length.
          target_url: expect.stringContaining(`#issuecomment-${emu.pull(PR).comments[0].id}`),
          creator: 'github-actions[bot]',
        });
        expect(emu.canMerge(PR)).toEqual({
          mergeable: false,
          reasons: [expect.stringContaining(`required status check "${CONTEXT}" from app 15368 is failing`)],
        });
        expect(run.stdout).toContain('The commit status carries the block');
      }),
  );

  it.concurrent('a success status from anyone but GitHub Actions does not satisfy it', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'kernel/dma/pool.rs': 'fn pool() {}\n' }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.addStatus(HEAD, { state: 'success', context: CONTEXT, description: 'looks fine to me', creator: 'mallory' });

      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );

  it.concurrent('writes nothing on a re-run of an unchanged PR, the status included', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      const first = await runAction(emu, PR);
      const second = await synchronize(emu);

      expect(statusWrites(first)).toHaveLength(1);
      expect(second.writes).toEqual([]);
      expect(emu.statuses(HEAD)).toHaveLength(1);
      expect(second.code).toBe(first.code);
    }),
  );

  it.concurrent('with status: false the step itself carries the block, on pull_request_target too', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'kernel/dma/pool.rs': 'fn pool() {}\n' }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      const run = await runAction(emu, PR, { inputs: { status: 'false' } });

      expect(run.code).toBe(1);
      expect(run.errors.at(-1)?.message).toMatch(/^Blocked: DMA MAPPING HELPERS opted out of Rust/);
      expect(statusWrites(run)).toEqual([]);
      expect(emu.canMerge(PR).mergeable).toBe(false); // required and never written: expected
    }),
  );

  it.concurrent.each([
    [
      'without statuses at all',
      { contents: 'read', pull_requests: 'write', issues: 'write' },
      'Give the workflow statuses: write',
    ],
    [
      'with statuses: read only',
      { contents: 'read', pull_requests: 'write', issues: 'write', statuses: 'read' },
      'give the workflow statuses: write',
    ],
  ])('a workflow %s: the step fails, saying what to add, and the PR still cannot merge', (_how, permissions, fix) =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'kernel/dma/pool.rs': 'fn pool() {}\n' }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.setTokenPermissions(permissions);
      const run = await runAction(emu, PR);

      expect(run.code).toBe(1);
      expect(run.errors.at(-1)?.message).toContain(fix);
      expect(emu.statuses(HEAD)).toEqual([]);
      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );

  it.concurrent('fails closed with an error status when the run cannot decide (the API keeps failing)', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'rust/kernel/str.rs': 'fn s() {}\n' }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.addStatus(HEAD, { state: 'success', context: CONTEXT, description: 'Routed: 1 Rust file, nothing held' });
      emu.failNext({ method: 'GET', path: /\/pulls\/12\/files$/, status: 503, times: 3 });
      const run = await runAction(emu, PR);

      expect(run.code).toBe(1);
      expect(gateStatusOn(emu)).toMatchObject({
        state: 'error',
        description: 'Could not decide: Could not list the files of pull request #12: HTTP 503 Service Unavailable',
      });
      // An earlier success on this commit no longer lets it through.
      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );
});

describe('acks bind to what was reviewed (an approval before the Rust was pushed lifted the hold)', () => {
  it.concurrent('drops an approval of a C-only commit once Rust is pushed, says why, and asks again', () =>
    inGatedRepository({}, async (emu) => {
      const cOnly = sha('c-only');
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY, [NET_C]: 'int a;\n' }, []);
      emu.addCommit(cOnly, { 'maintainers.yml': EXAMPLE_POLICY, [NET_C]: 'int b;\n' }, BASE);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_C]: 'int b;\n', [NET_RUST]: rustFile() }, cOnly);
      openRealPullRequest(emu, BASE, cOnly);
      emu.addReview(PR, { user: 'davem', state: 'APPROVED', commit_id: cOnly });
      const before = await reviewed(emu, 'davem');
      expect(before.code).toBe(0);
      expect(emu.canMerge(PR).mergeable).toBe(true); // C only: nothing held

      emu.updatePullRequest(PR, { headSha: HEAD });
      const run = await synchronize(emu);

      expect(emu.canMerge(PR).mergeable).toBe(false);
      expect(gateStatusOn(emu)?.description).toBe('Needs ack: NETWORKING DRIVERS has not acked the Rust');
      const [hold] = JSON.parse(run.outputs.report).holds;
      expect(hold).toMatchObject({
        subsystem: 'NETWORKING DRIVERS',
        liftedBy: [],
        droppedAcks: [{ login: 'davem', commit: cOnly, files: [NET_RUST] }],
      });
      const approvedAt = `approved at \`${cOnly.slice(0, 7)}\` for NETWORKING DRIVERS; \`${NET_RUST}\` changed since`;
      expect(emu.pull(PR).comments[0].body).toContain(approvedAt);
      expect(run.summary).toContain(approvedAt);
      expect(emu.pull(PR).requestedReviewers).toContain('davem');
      expect(run.summary).toContain('Asked davem to review again');

      // Asked once per head: a re-run does not ask again (nor write anything).
      const again = await synchronize(emu);
      expect(again.writes).toEqual([]);

      // davem approves the head: the hold lifts.
      emu.addReview(PR, { user: 'davem', state: 'APPROVED', commit_id: HEAD });
      const acked = await reviewed(emu, 'davem');
      expect(acked.code).toBe(0);
      expect(emu.canMerge(PR).mergeable).toBe(true);
    }),
  );

  /** An approved Rust change (base0 → r1), the base branch moving on (base1), and a rebase onto it. */
  function rebaseScenario(emu: GateEmulator, rebased: string) {
    const base0 = sha('base0');
    const base1 = sha('base1');
    const r1 = sha('r1');
    const r2 = sha('r2');
    const prelude = Array.from({ length: 5 }, (_, i) => `// upstream ${i}`).join('\n');
    emu.addCommit(base0, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile('    old()') }, []);
    emu.addCommit(r1, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, base0);
    // Upstream adds five lines at the top of the file, far from the PR's hunk: a rebase moves it down.
    emu.addCommit(
      base1,
      { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: `${prelude}\n${rustFile('    old()')}` },
      base0,
    );
    emu.setBranch('main', base1);
    emu.addCommit(r2, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: `${prelude}\n${rebased}` }, base1);
    openRealPullRequest(emu, base0, r1);
    emu.addReview(PR, { user: 'davem', state: 'APPROVED', commit_id: r1 });
    return { r1, r2, base1 };
  }

  it.concurrent('keeps the ack across a clean rebase (same change, new line numbers)', () =>
    inGatedRepository({}, async (emu) => {
      const { r2, base1 } = rebaseScenario(emu, rustFile());
      expect((await reviewed(emu, 'davem')).code).toBe(0);
      expect(emu.canMerge(PR).mergeable).toBe(true);

      emu.updatePullRequest(PR, { headSha: r2, baseSha: base1 });
      const run = await synchronize(emu);

      expect(run.outputs.blocked).toBe('false');
      expect(JSON.parse(run.outputs.report).holds[0]).toMatchObject({ liftedBy: ['davem'], droppedAcks: [] });
      expect(emu.canMerge(PR).mergeable).toBe(true);
    }),
  );

  it.concurrent('drops it when the rebase also adds one line to the held file', () =>
    inGatedRepository({}, async (emu) => {
      const { r2, base1 } = rebaseScenario(
        emu,
        rustFile('    probe()', '    unsafe { core::ptr::null::<u8>().read() };'),
      );
      await reviewed(emu, 'davem');
      emu.updatePullRequest(PR, { headSha: r2, baseSha: base1 });
      const run = await synchronize(emu);

      expect(run.outputs.blocked).toBe('true');
      expect(JSON.parse(run.outputs.report).holds[0].droppedAcks).toEqual([
        { login: 'davem', commit: sha('r1'), files: [NET_RUST] },
      ]);
      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );
});

describe('the policy is the base branch’s now (a PR’s base.sha goes stale as its base branch moves)', () => {
  it.concurrent('a review run after the base branch opted out is judged by the new policy', () =>
    inGatedRepository({}, async (emu) => {
      const optedIn = EXAMPLE_POLICY.replace(/(- name: NETWORKING DRIVERS\n\s+rust: )undecided/, '$1opt-in');
      const optedOut = EXAMPLE_POLICY.replace(/(- name: NETWORKING DRIVERS\n\s+rust: )undecided/, '$1opt-out');
      expect(new Set([optedIn, optedOut, EXAMPLE_POLICY]).size).toBe(3);
      const later = sha('later');
      emu.addCommit(BASE, { 'maintainers.yml': optedIn }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': optedIn, [NET_RUST]: rustFile() }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      await runAction(emu, PR);
      expect(emu.canMerge(PR).mergeable).toBe(true);

      // The subsystem opts out on the base branch; the PR's own base.sha stays where it was.
      emu.addCommit(later, { 'maintainers.yml': optedOut }, BASE);
      emu.setBranch('main', later);
      emu.addReview(PR, { user: 'tmgross', state: 'COMMENTED', commit_id: HEAD });
      const event = payloads.pullRequestReviewEvent(emu, PR, 'tmgross', 'commented');
      const run = await runEvent(emu, 'pull_request_review', event);

      expect(run.outputs.blocked).toBe('true');
      expect(gateStatusOn(emu)?.description).toBe('Blocked: NETWORKING DRIVERS opted out of Rust; no exception yet');
      expect(emu.canMerge(PR).mergeable).toBe(false);
      expect(run.summary).toContain(`at \`${later}\``);
    }),
  );
});

describe('only people who can merge can ack (anyone can approve on a public repository)', () => {
  it.concurrent('refuses the approval of a listed maintainer without write access, and says so', () =>
    inGatedRepository({ collaborators: EXAMPLE_PEOPLE.filter((login) => login !== 'davem') }, async (emu) => {
      // The login in the policy now belongs to someone who can only read (renamed, re-registered, mistyped).
      emu.addCollaborators(['davem'], 'read');
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.addReview(PR, { user: 'davem', state: 'APPROVED', commit_id: HEAD });
      const run = await reviewed(emu, 'davem');

      expect(run.code).toBe(1); // under pull_request_review the job's check is the PR's too
      expect(emu.canMerge(PR).mergeable).toBe(false);
      expect(JSON.parse(run.outputs.report).holds[0].cannotAck).toEqual([
        { login: 'davem', reason: 'no write access' },
      ]);
      expect(emu.pull(PR).comments[0].body).toContain(
        '`davem` approved for NETWORKING DRIVERS but cannot ack: no write access.',
      );
      const permissionReads = run.requests.filter((r) => r.path.endsWith('/permission'));
      expect(permissionReads.map((r) => r.path)).toEqual([
        `/repos/rust-for-linux/linux/collaborators/davem/permission`,
      ]);
    }),
  );

  it.concurrent('reads no permission for approvals that would lift nothing', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.addReview(PR, { user: 'tmgross', state: 'APPROVED', commit_id: HEAD });
      const run = await reviewed(emu, 'tmgross');

      expect(run.requests.filter((r) => r.path.endsWith('/permission'))).toEqual([]);
      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );
});

describe('one comment, one decision, whatever the timing', () => {
  const blockedPullRequest = (emu: GateEmulator) => {
    emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
    emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'kernel/dma/pool.rs': 'fn pool() {}\n' }, BASE);
    return openRealPullRequest(emu, BASE, HEAD);
  };

  it.concurrent("ignores the marker in another bot's comment (an AI reviewer quoting the PR body)", () =>
    inGatedRepository({}, async (emu) => {
      blockedPullRequest(emu);
      const echoed = `${MARKER}\n### ✅ Routed\nNothing holds this pull request.`;
      const theirs = emu.addComment(PR, { user: 'review-bot[bot]', type: 'Bot', body: echoed });
      await runAction(emu, PR);

      const comments = emu.pull(PR).comments;
      expect(comments).toHaveLength(2);
      expect(comments.find((c) => c.id === theirs)).toMatchObject({ user: { login: 'review-bot[bot]' }, body: echoed });
      expect(comments.find((c) => c.id !== theirs)).toMatchObject({
        user: { login: 'github-actions[bot]' },
        body: expect.stringContaining('Blocked'),
      });
      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );

  it.concurrent('keeps the oldest of its own duplicate comments and deletes the newer ones', () =>
    inGatedRepository({}, async (emu) => {
      blockedPullRequest(emu);
      const oldest = emu.addComment(PR, { user: 'github-actions[bot]', type: 'Bot', body: `${MARKER}\nstale` });
      emu.addComment(PR, { user: 'github-actions[bot]', type: 'Bot', body: `${MARKER}\nstale copy` });
      const run = await runAction(emu, PR);

      const comments = emu.pull(PR).comments;
      expect(comments.map((c) => c.id)).toEqual([oldest]);
      expect(comments[0].body).toContain('Blocked');
      expect(run.summary).toContain('Deleted 1 newer copy of the comment');
    }),
  );

  it.concurrent('does not send a comment twice when the answer to its create was lost (502 after the write)', () =>
    inGatedRepository({}, async (emu) => {
      blockedPullRequest(emu);
      emu.failNext({ method: 'POST', path: /\/issues\/12\/comments$/, status: 502, afterWrite: true });
      const run = await runAction(emu, PR);

      expect(run.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/12/comments'))).toHaveLength(1);
      expect(emu.pull(PR).comments).toHaveLength(1);
      expect(gateStatusOn(emu)?.target_url).toContain(`#issuecomment-${emu.pull(PR).comments[0].id}`);
    }),
  );

  it.concurrent('two runs at once (opened and synchronize) leave one comment, consistent labels, one verdict', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(
        HEAD,
        { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile(), 'kernel/dma/pool.rs': 'fn p() {}\n' },
        BASE,
      );
      openRealPullRequest(emu, BASE, HEAD);
      const runs = await Promise.all([runAction(emu, PR), synchronize(emu)]);

      expect(runs.map((run) => run.code)).toEqual([0, 0]);
      const state = emu.pull(PR);
      expect(state.comments).toHaveLength(1);
      expect(state.labels).toEqual(['rust: blocked', 'rust: needs-ack', 'subsystem: dma', 'subsystem: net']);
      expect(emu.canMerge(PR).mergeable).toBe(false);
      const after = await synchronize(emu);
      expect(after.writes).toEqual([]);
    }),
  );

  it.concurrent('a run that read the reviews before an approval and finished after its run does not undo it', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      // The slow run is held up reading the comments (a secondary rate limit of 15 s: long enough for the
      // approval's whole run to finish first, even on a loaded 2-core machine)…
      emu.secondaryRateLimitNext({ method: 'GET', path: /\/issues\/12\/comments$/, retryAfter: 15 });
      const slow = runAction(emu, PR, { action: 'synchronize' });
      await waitFor(() => emu.requests.some((r) => r.path.endsWith('/issues/12/comments') && r.status === 403), slow);
      // …while the approval arrives and its own run decides.
      emu.addReview(PR, { user: 'davem', state: 'APPROVED', commit_id: HEAD });
      const ack = await reviewed(emu, 'davem');
      expect(ack.code).toBe(0);
      expect(emu.canMerge(PR).mergeable).toBe(true);

      const late = await slow;

      expect(late.stdout).toContain('Reading the pull request again');
      expect(late.outputs.blocked).toBe('false');
      expect(emu.canMerge(PR).mergeable).toBe(true);
      expect(emu.pull(PR).labels).toEqual(['rust', 'subsystem: net']);
      expect(gateStatusOn(emu)?.state).toBe('success');
    }),
  );

  it.concurrent('a run whose PR head moved while it read writes nothing and says so', () =>
    inGatedRepository({}, async (emu) => {
      const next = sha('next');
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, BASE);
      emu.addCommit(next, { 'maintainers.yml': EXAMPLE_POLICY, [NET_C]: 'int c;\n' }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.secondaryRateLimitNext({ method: 'GET', path: /\/issues\/12\/comments$/, retryAfter: 1 });
      const stale = runAction(emu, PR);
      await waitFor(() => emu.requests.some((r) => r.path.endsWith('/issues/12/comments') && r.status === 403), stale);
      emu.updatePullRequest(PR, { headSha: next });

      const run = await stale;

      expect(run.writes).toEqual([]);
      expect(run.warnings.map((w) => w.message)).toContainEqual(
        expect.stringMatching(
          /^Pull request #12 moved from 9e8d7c6 to [0-9a-f]{7} while this run read it: writing nothing/,
        ),
      );
      expect(emu.pull(PR).labels).toEqual([]);
    }),
  );
});

describe('errors named for what they are (a locked conversation turned the run report-only)', () => {
  it.concurrent('on a locked conversation: no comment, labels, requests and the status still applied', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, [NET_RUST]: rustFile() }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.lock(PR, 'too heated');
      const run = await runAction(emu, PR);

      const state = emu.pull(PR);
      expect(state.comments).toEqual([]);
      expect(state.labels).toEqual(['rust: needs-ack', 'subsystem: net']);
      expect(state.requestedReviewers).toEqual(['kuba-netdev', 'davem', 'edumazet', 'pabeni']);
      expect(gateStatusOn(emu)?.state).toBe('failure');
      expect(emu.canMerge(PR).mergeable).toBe(false);
      expect(run.warnings.map((w) => w.message)).toContain(
        'The conversation is locked: no comment was written; everything else was applied.',
      );
      expect(run.summary).not.toContain('Report-only');
    }),
  );

  it.concurrent('a fork under pull_request (read-only token): one warning, no status, the step blocks', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': EXAMPLE_POLICY, 'kernel/dma/pool.rs': 'fn p() {}\n' }, BASE);
      openRealPullRequest(emu, BASE, HEAD);
      emu.setReadOnly(true);
      const run = await runAction(emu, PR, { event: 'pull_request' });

      expect(run.code).toBe(1);
      expect(run.warnings.filter((w) => w.message.includes('cannot write'))).toHaveLength(1);
      expect(run.writes.filter((w) => w.status === 403)).toHaveLength(1);
      expect(emu.statuses(HEAD)).toEqual([]);
      expect(emu.canMerge(PR).mergeable).toBe(false);
    }),
  );

  it.concurrent('a 20 MB alias-heavy proposed policy is a note, not a crash', () =>
    inGatedRepository({}, async (emu) => {
      const bomb = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; bomb.join('\n').length < 20 * 1024 * 1024; i++) {
        bomb.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
        if (i % 9 === 0) bomb.push(`# ${'padding '.repeat(262144)}`);
      }
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      emu.addCommit(HEAD, { 'maintainers.yml': bomb.join('\n'), 'kernel/dma/pool.rs': 'fn p() {}\n' }, BASE);
      emu.addPullRequest({
        number: PR,
        user: 'contributor',
        base: { sha: BASE, ref: 'main' },
        head: { sha: HEAD, ref: 'policy', repoFullName: 'contributor/linux' },
        files: [
          { filename: 'maintainers.yml', status: 'modified' },
          { filename: 'kernel/dma/pool.rs', status: 'added' },
        ],
      });
      const run = await runAction(emu, PR);

      expect(run.code).toBe(0);
      expect(run.summary).toContain('The proposed policy could not be read: maintainers.yml at commit');
      expect(listOutput(run, 'labels')).toContain('rust: blocked');
      expect(gateStatusOn(emu)?.state).toBe('failure');
    }),
  );
});

/**
 * Polls until `condition` holds while `run` (the action, in a child process) is under way. Fails when the run ends
 * first, or after `timeoutMs` (generous: a child's start is slow on a loaded machine running tests in parallel);
 * either way only once the run has ended, so that no child outlives the test and its emulator (a child left
 * running keeps the jest worker from exiting).
 */
async function waitFor(condition: () => boolean, run: Promise<unknown>, timeoutMs = 60_000): Promise<void> {
  let ended = false;
  const settled = run.then(
    () => (ended = true),
    () => (ended = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    const why = ended ? 'the run ended first' : Date.now() > deadline ? `timed out after ${timeoutMs} ms` : undefined;
    if (why !== undefined) {
      await settled;
      throw new Error(`waitFor: ${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
