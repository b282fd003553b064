/**
 * Idempotence and the sticky comment (docs/GATE.md, "The sticky comment"): a re-run on an unchanged PR writes nothing; the comment
 * is the bot's own, found by marker and author, and edited in place when a later push removes the Rust.
 */
import { HEAD, openPullRequest, pushToPullRequest, runAction, inRepository } from '../../emulator/harness.js';

const MARKER = '<!-- rust-patch-router -->';

describe('re-running', () => {
  it.concurrent('on an unchanged PR makes no write at all and leaves the comment byte-identical', () =>
    inRepository({}, async (emu) => {
      const files = ['kernel/dma/pool.rs', 'drivers/net/phy/ax88796b_rust.rs', 'drivers/net/phy/phy.c'];
      const pr = openPullRequest(emu, { files });
      const first = await runAction(emu, pr);
      const after = emu.pull(pr);
      const second = await runAction(emu, pr, { event: 'pull_request_target', action: 'synchronize' });

      expect(first.writes.length).toBeGreaterThan(0);
      expect(second.writes).toEqual([]);
      expect(second.code).toBe(first.code);
      expect(second.outputs).toEqual(first.outputs);
      expect(emu.pull(pr)).toEqual(after);
      expect(after.comments).toHaveLength(1);
    }),
  );

  it.concurrent(
    'costs 16 requests on the first run of a small PR whose labels exist (7 reads, 2 before writing, 7 for the writes), and 7 reads, no write, on the next',
    () =>
      inRepository({}, async (emu) => {
        const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs', 'drivers/net/phy/Kconfig'] });
        const first = await runAction(emu, pr);
        const second = await runAction(emu, pr);

        expect(first.code).toBe(0);
        const operations = (run: typeof first) =>
          run.requests.map((r) => (r as unknown as { operationId: string }).operationId).sort();
        expect(operations(first)).toEqual(
          [
            // The facts: the PR, its base branch's tip, the policy there, its files, reviews, our status on the
            // head, comments.
            'pulls/get',
            'graphql',
            'repos/get-content',
            'pulls/list-files',
            'pulls/list-reviews',
            'repos/get-combined-status-for-ref',
            'issues/list-comments',
            // Just before the first write: has the head moved, has another run decided meanwhile?
            'pulls/get',
            'repos/get-combined-status-for-ref',
            // The writes; the comment is listed once more after its create, to catch a racing copy, and our
            // status read once more before it is written, in case a newer run decided while these were paced.
            'issues/list-labels-for-repo',
            'issues/add-labels',
            'pulls/request-reviewers',
            'issues/create-comment',
            'issues/list-comments',
            'repos/get-combined-status-for-ref',
            'repos/create-commit-status',
          ].sort(),
        );
        expect(operations(second)).toHaveLength(7);
        expect(second.writes).toEqual([]);
      }),
  );
});

describe('the sticky comment', () => {
  it.concurrent('ignores a marker planted by a person and writes its own', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
      const planted = `${MARKER}\n✅ Routed: nothing to see here, merge away.`;
      emu.addComment(pr, { user: 'mallory', body: planted });
      await runAction(emu, pr);
      await runAction(emu, pr);

      const comments = emu.pull(pr).comments;
      expect(comments).toHaveLength(2);
      expect(comments[0]).toMatchObject({ user: { login: 'mallory', type: 'User' }, body: planted });
      expect(comments[1].user.type).toBe('Bot');
      expect(comments[1].body).toContain('Blocked');
    }),
  );

  it.concurrent('is edited in place, not deleted, when a later push removes the Rust files', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/ethernet/acme/acme_main.rs'] });
      await runAction(emu, pr);
      const [original] = emu.pull(pr).comments;
      expect(original.body).toContain('Needs ack');

      const nextHead = HEAD.replace(/^9/, '8');
      pushToPullRequest(emu, pr, { head: nextHead, files: ['drivers/net/ethernet/acme/acme_main.c'] });
      const run = await runAction(emu, pr, { action: 'synchronize', head: nextHead });

      expect(run.code).toBe(0);
      const comments = emu.pull(pr).comments;
      expect(comments).toHaveLength(1);
      expect(comments[0].id).toBe(original.id);
      expect(comments[0].body).toContain('no longer changes Rust code');
      expect(emu.pull(pr).labels).toEqual(['subsystem: net']);
    }),
  );

  it.concurrent('is not written on a PR that touches no Rust and holds nothing', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/phy.c'] });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      expect(emu.pull(pr).comments).toEqual([]);
      expect(emu.pull(pr).labels).toEqual(['subsystem: net', 'subsystem: phy']);
      expect(emu.pull(pr).requestedReviewers).toEqual(
        expect.arrayContaining(['andrew-lunn', 'hkallweit', 'kuba-netdev', 'davem']),
      );
    }),
  );
});
