/**
 * GitHub misbehaving (docs/GATE.md, "Errors"): transient errors and rate limits are retried; a read-only token (a fork's
 * PR under pull_request) degrades to report-only with one warning, and blocking still works.
 */
import { openPullRequest, runAction, inRepository } from '../../emulator/harness.js';

describe('transient failures', () => {
  it.concurrent('retries 502s on reads and writes', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs'] });
      emu.failNext({ method: 'GET', path: /\/pulls\/12\/files$/, status: 502, times: 2 });
      emu.failNext({ method: 'POST', path: /\/issues\/12\/labels$/, status: 502 });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      expect(run.requests.filter((r) => r.path.endsWith('/pulls/12/files')).map((r) => r.status)).toEqual([
        502, 502, 200,
      ]);
      expect(emu.pull(pr).labels).toEqual(expect.arrayContaining(['rust', 'subsystem: phy']));
      expect(emu.pull(pr).requestedReviewers).toEqual(['fujita']);
    }),
  );

  it.concurrent('waits out a secondary rate limit as retry-after says, and carries on', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs'] });
      emu.secondaryRateLimitNext({ method: 'POST', path: /\/requested_reviewers$/ });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      const requests = run.requests.filter((r) => r.path.endsWith('/requested_reviewers'));
      expect(requests.map((r) => r.status)).toEqual([403, 201]);
      expect(emu.pull(pr).requestedReviewers).toEqual(['fujita']);
      expect(run.warnings.some((w) => /secondary rate limit/i.test(w.message))).toBe(true);
    }),
  );

  it.concurrent('names the cause when GitHub keeps failing', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs'] });
      emu.failNext({ method: 'GET', path: /\/pulls\/12\/reviews$/, status: 503, times: 3 });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(1);
      expect(run.errors.at(-1)?.message).toBe(
        'Could not list the reviews of pull request #12: HTTP 503 Service Unavailable',
      );
    }),
  );
});

describe('a fork’s pull request under pull_request (read-only token)', () => {
  it.concurrent('warns once, still writes the summary and outputs, and still fails when blocked', () =>
    inRepository({}, async (emu) => {
      emu.setReadOnly(true);
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs', 'rust/kernel/str.rs'] });
      const run = await runAction(emu, pr, { event: 'pull_request' });

      expect(run.code).toBe(1);
      expect(run.outputs.blocked).toBe('true');
      expect(run.summary).toContain('DMA MAPPING HELPERS');
      expect(run.summary).toContain('Report-only, the token cannot write');
      expect(run.warnings.filter((w) => w.message.includes('cannot write'))).toHaveLength(1);
      expect(run.writes.filter((w) => w.status === 403)).toHaveLength(1);
      const state = emu.pull(pr);
      expect(state.labels).toEqual([]);
      expect(state.comments).toEqual([]);
      expect(run.errors).toContainEqual(
        expect.objectContaining({ properties: { title: 'rust: blocked', file: 'kernel/dma/pool.rs' } }),
      );
    }),
  );
});
