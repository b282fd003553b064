import { policyOf } from './policy-of.test-helper.js';
import type { PatchSide } from './ack-binding.js';
import { compilePolicy } from './compile-policy.js';
import {
  ackCandidates,
  commitsToCompare,
  judgeAcks,
  liftHolds,
  loginsToCheck,
  type AckEvidence,
  type Permission,
} from './lift-holds.js';
import { latestVerdicts, type Review } from './review-verdicts.js';
import { routeChanges } from './route.js';

const POLICY = policyOf(`version: 1
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
  - name: NETWORKING DRIVERS
    rust: undecided
    maintainers: [davem, kuba, netdev/maintainers]
    files: [drivers/net/]
    labels: ["subsystem: net"]
  - name: DMA MAPPING HELPERS
    rust: opt-out
    maintainers: [hch, mszyprow]
    files: [kernel/dma/]
`);
const compiled = compilePolicy(POLICY).value;
const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);

/** The decision routing makes before any ack is looked at. */
const route = (paths: string[]) =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [] },
    compiled,
    { author: 'alice' },
  );

const side = (files: Record<string, string | null>, complete = true): PatchSide => ({
  files: new Map(
    Object.entries(files).map(([path, patch]) => [
      path,
      patch === null ? { status: 'modified' } : { status: 'modified', patch },
    ]),
  ),
  complete,
});

/** Runs the whole step as the action does: candidates, then the reads they call for, then the judgement. */
function lift(
  paths: string[],
  reviews: Review[],
  facts: { patches?: Record<string, PatchSide>; permissions?: Record<string, Permission> } = {},
) {
  const decision = route(paths);
  const candidates = ackCandidates(decision.holds, latestVerdicts(reviews), 'alice');
  const patches = new Map(Object.entries(facts.patches ?? {}));
  const asked = loginsToCheck(decision.holds, candidates, { headSha: HEAD, patches });
  const permissions = new Map(
    asked.map((login) => [login.toLowerCase(), facts.permissions?.[login] ?? 'write'] as [string, Permission]),
  );
  const evidence: AckEvidence = { headSha: HEAD, patches, permissions };
  return {
    decision: liftHolds(decision, judgeAcks(decision.holds, candidates, evidence), POLICY.labels),
    asked,
    compared: commitsToCompare(candidates, HEAD),
  };
}

const approve = (login: string, commitId: string | null = HEAD): Review => ({ login, state: 'APPROVED', commitId });

describe('liftHolds', () => {
  it('lifts a hold on an approval of the head by a maintainer who can write, and relabels', () => {
    const { decision, asked, compared } = lift(['drivers/net/acme/acme.rs'], [approve('davem')]);

    expect(decision.blocked).toBe(false);
    expect(decision.verdict).toBe('routed');
    expect(decision.holds[0]).toMatchObject({ liftedBy: ['davem'], droppedAcks: [], cannotAck: [] });
    expect(decision.labels).toEqual(['rust', 'subsystem: net']);
    expect(asked).toEqual(['davem']);
    expect(compared).toEqual([]);
  });

  it('gives the same decision as routing with the approval given directly (one label rule)', () => {
    const direct = routeChanges(
      { files: [{ path: 'drivers/net/acme/acme.rs', status: 'modified' }], title: '', body: '', diffLines: [] },
      compiled,
      { author: 'alice', approvedBy: ['davem'] },
    );
    expect(lift(['drivers/net/acme/acme.rs'], [approve('davem')]).decision).toEqual(direct);
  });

  it('drops an approval given before a held Rust file was pushed (the C-only approval attack)', () => {
    const { decision, compared, asked } = lift(['drivers/net/acme/acme.rs'], [approve('davem', OLD)], {
      // At the approved commit the PR changed only C; the Rust file came later.
      patches: {
        [OLD]: side({ 'drivers/net/acme/acme.c': '@@ -1 +1 @@\n-a\n+b' }),
        [HEAD]: side({ 'drivers/net/acme/acme.rs': '@@ -0,0 +1 @@\n+fn x() {}' }),
      },
    });

    expect(compared).toEqual([OLD]);
    expect(asked).toEqual([]); // no permission read for an approval that cannot lift
    expect(decision.blocked).toBe(true);
    expect(decision.holds[0]).toMatchObject({
      liftedBy: [],
      droppedAcks: [{ login: 'davem', commit: OLD, files: ['drivers/net/acme/acme.rs'] }],
    });
    expect(decision.labels).toEqual(['rust: needs-ack', 'subsystem: net']);
  });

  it('keeps an approval across a clean rebase: same hunks, new line numbers', () => {
    const { decision } = lift(['drivers/net/acme/acme.rs'], [approve('davem', OLD)], {
      patches: {
        [OLD]: side({ 'drivers/net/acme/acme.rs': '@@ -10,6 +10,7 @@ fn probe()\n a\n+b\n c' }),
        [HEAD]: side({ 'drivers/net/acme/acme.rs': '@@ -14,6 +14,7 @@ fn probe()\n a\n+b\n c' }),
      },
    });
    expect(decision.blocked).toBe(false);
    expect(decision.holds[0].liftedBy).toEqual(['davem']);
  });

  it('drops an approval when one line was added to a held file since', () => {
    const { decision } = lift(['drivers/net/acme/acme.rs'], [approve('davem', OLD)], {
      patches: {
        [OLD]: side({ 'drivers/net/acme/acme.rs': '@@ -10,6 +10,7 @@\n a\n+b\n c' }),
        [HEAD]: side({ 'drivers/net/acme/acme.rs': '@@ -10,6 +10,8 @@\n a\n+b\n+unsafe { evil() }\n c' }),
      },
    });
    expect(decision.blocked).toBe(true);
    expect(decision.holds[0].droppedAcks[0].files).toEqual(['drivers/net/acme/acme.rs']);
  });

  it('ignores changes to files the subsystem does not hold', () => {
    const same = '@@ -1 +1 @@\n-a\n+b';
    const { decision } = lift(['drivers/net/acme/acme.rs', 'rust/kernel/str.rs'], [approve('davem', OLD)], {
      patches: {
        [OLD]: side({ 'drivers/net/acme/acme.rs': same, 'rust/kernel/str.rs': '@@ -1 +1 @@\n+x' }),
        [HEAD]: side({ 'drivers/net/acme/acme.rs': same, 'rust/kernel/str.rs': '@@ -1 +1 @@\n+y' }),
      },
    });
    expect(decision.blocked).toBe(false);
  });

  it.each([
    [
      'the API gave no patch for the held file',
      { [OLD]: side({ 'drivers/net/acme/acme.rs': null }), [HEAD]: side({ 'drivers/net/acme/acme.rs': null }) },
    ],
    [
      'the compare of the reviewed commit was cut at 300 files',
      { [OLD]: side({}, false), [HEAD]: side({ 'drivers/net/acme/acme.rs': '+x' }) },
    ],
    ['the comparisons could not be read', {}],
  ])('counts only an approval of the head when %s', (_why, patches) => {
    expect(lift(['drivers/net/acme/acme.rs'], [approve('davem', OLD)], { patches }).decision.blocked).toBe(true);
    expect(lift(['drivers/net/acme/acme.rs'], [approve('davem', HEAD)], { patches }).decision.blocked).toBe(false);
  });

  it('drops an approval whose commit GitHub does not know', () => {
    const { decision, compared } = lift(['drivers/net/acme/acme.rs'], [approve('davem', null)]);
    expect(compared).toEqual([]);
    expect(decision.holds[0].droppedAcks).toEqual([
      { login: 'davem', commit: 'an unknown commit', files: ['drivers/net/acme/acme.rs'] },
    ]);
  });

  it('refuses an approval by a listed maintainer without write access, and says why', () => {
    const { decision, asked } = lift(['kernel/dma/pool.rs'], [approve('hch')], { permissions: { hch: 'read' } });
    expect(asked).toEqual(['hch']);
    expect(decision.blocked).toBe(true);
    expect(decision.holds[0]).toMatchObject({ liftedBy: [], cannotAck: [{ login: 'hch', reason: 'no write access' }] });
  });

  it.each(['admin', 'write'] as const)('accepts %s permission (maintain reads as write)', (permission) => {
    expect(lift(['kernel/dma/pool.rs'], [approve('hch')], { permissions: { hch: permission } }).decision.blocked).toBe(
      false,
    );
  });

  it('reads no permission and lifts nothing for approvals by people who are not its maintainers', () => {
    const { decision, asked } = lift(['kernel/dma/pool.rs'], [approve('davem'), approve('mallory')]);
    expect(asked).toEqual([]);
    expect(decision.blocked).toBe(true);
  });

  it('never counts the author, a team, a superseded approval or a comment', () => {
    const reviews: Review[] = [
      approve('alice'),
      approve('netdev/maintainers'),
      approve('kuba'),
      { login: 'kuba', state: 'CHANGES_REQUESTED', commitId: HEAD },
      { login: 'davem', state: 'COMMENTED', commitId: HEAD },
    ];
    const { decision, asked } = lift(['drivers/net/acme/acme.rs'], reviews);
    expect(asked).toEqual([]);
    expect(decision.blocked).toBe(true);
  });

  it('matches logins case-insensitively and reads one permission per approver across holds', () => {
    const policy = policyOf(`version: 1
subsystems:
  - {name: A, rust: opt-out, maintainers: [Hch], files: [a/]}
  - {name: B, rust: undecided, maintainers: [hch], files: [b/]}
`);
    const decision = routeChanges(
      {
        files: ['a/x.rs', 'b/y.rs'].map((path) => ({ path, status: 'modified' as const })),
        title: '',
        body: '',
        diffLines: [],
      },
      compilePolicy(policy).value,
    );
    const candidates = ackCandidates(decision.holds, latestVerdicts([approve('HCH')]));
    expect(loginsToCheck(decision.holds, candidates, { headSha: HEAD, patches: new Map() })).toEqual(['Hch']);
    const evidence = { headSha: HEAD, patches: new Map(), permissions: new Map([['hch', 'admin' as const]]) };
    expect(liftHolds(decision, judgeAcks(decision.holds, candidates, evidence), policy.labels).blocked).toBe(false);
  });
});
