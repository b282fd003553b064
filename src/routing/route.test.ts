import { readFileSync } from 'node:fs';
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import type { ChangeSet, ChangedFile } from '../diff/types.js';
import { compilePolicy, type CompiledPolicy } from './compile-policy.js';
import { describeKernelRouting } from './kernel-routing.test-helper.js';
import { routeChanges } from './route.js';
import type { RouteOptions } from './types.js';

/** A small kernel-like policy, written the way a project would. */
const POLICY = `version: 1
default-stance: undecided
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda, alex]
    reviewers: [rust-for-linux/reviewers]
    files: [rust/, samples/rust/]
    keywords: ['\\b(?i:rust)\\b']
    labels: ["subsystem: rust"]
  - name: BLOCK LAYER
    maintainers: [axboe]
    files: [block/, drivers/block/]
    labels: ["subsystem: block"]
  - name: "BLOCK LAYER DEVICE DRIVER API [RUST]"
    rust: opt-in
    maintainers: [a-hindborg]
    reviewers: [boqun]
    files: [rust/kernel/block/, drivers/block/rnull.rs]
  - name: DMA MAPPING HELPERS
    rust: opt-out
    maintainers: [hch, mszyprow]
    files: [kernel/dma/]
    labels: ["subsystem: dma"]
  - name: NETWORKING DRIVERS
    maintainers: [davem, kuba]
    files: [drivers/net/]
    keywords: ['\\bnetdev\\b']
    labels: ["subsystem: net"]
  - name: THE REST
    maintainers: [torvalds]
    files: ['*', '*/']
    labels: ["subsystem: rest"]
`;

function compileYaml(text: string): CompiledPolicy {
  const doc = validateConfig(text, 'maintainers.yml');
  expect(doc.errors).toEqual([]);
  const policy = assemblePolicy(doc.value!);
  expect(policy.errors).toEqual([]);
  const compiled = compilePolicy(policy.value);
  expect(compiled.errors).toEqual([]);
  return compiled.value;
}

/** A change set; a pair is a rename [new, old]. */
function changes(files: (string | [string, string])[], text: Partial<ChangeSet> = {}): ChangeSet {
  const changed: ChangedFile[] = files.map((file) =>
    typeof file === 'string'
      ? { path: file, status: 'modified' }
      : { path: file[0], previousPath: file[1], status: 'renamed' },
  );
  return { files: changed, title: '', body: '', diffLines: [], ...text };
}

/** The 1-based line of the first line of `text` containing `needle`: reasons cite where patterns were written. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

const compiled = compileYaml(POLICY);
const route = (files: (string | [string, string])[], options?: RouteOptions, text?: Partial<ChangeSet>) =>
  routeChanges(changes(files, text), compiled, options);

describe('routeChanges: one Rust path goes to the subsystem that decides it (docs/ROUTING.md)', () => {
  it.each([
    ['core Rust goes to the Rust tree', 'rust/kernel/str.rs', 'RUST', 'core', 'core', ['RUST', 'THE REST']],
    [
      'rust/kernel/block/ goes to the block Rust API, not RUST',
      'rust/kernel/block/mq.rs',
      'BLOCK LAYER DEVICE DRIVER API [RUST]',
      'opt-in',
      'opt-in',
      ['BLOCK LAYER DEVICE DRIVER API [RUST]', 'RUST', 'THE REST'],
    ],
    [
      'an opt-in driver goes to its subsystem',
      'drivers/block/rnull.rs',
      'BLOCK LAYER DEVICE DRIVER API [RUST]',
      'opt-in',
      'opt-in',
      ['BLOCK LAYER DEVICE DRIVER API [RUST]', 'BLOCK LAYER', 'THE REST'],
    ],
    [
      'an opt-out subsystem refuses it',
      'kernel/dma/mapping.rs',
      'DMA MAPPING HELPERS',
      'opt-out',
      'blocked',
      ['DMA MAPPING HELPERS', 'THE REST'],
    ],
    [
      'an undecided subsystem waits for an ack',
      'block/blk-rust.rs',
      'BLOCK LAYER',
      'undecided',
      'needs-ack',
      ['BLOCK LAYER', 'THE REST'],
    ],
    ['the fallback owns what nothing else does', 'init.rs', 'THE REST', 'undecided', 'needs-ack', ['THE REST']],
  ])('%s', (_, path, owner, stance, decision, subsystems) => {
    const [file] = route([path]).files;
    expect(file).toMatchObject({ path, rust: true, owner, stance, decision, subsystems });
  });

  it('a non-Rust path goes to its owners, with no stance', () => {
    const [file] = route(['drivers/block/loop.c']).files;
    expect(file).toMatchObject({
      rust: false,
      owner: 'BLOCK LAYER',
      stance: null,
      stanceSource: null,
      decision: 'owners',
    });
  });

  it('a path nothing matches is unowned, Rust or not, and blocks nothing', () => {
    const withoutFallback = compileYaml(POLICY.slice(0, POLICY.indexOf('  - name: THE REST')));
    const decision = routeChanges(changes(['tools/gen.rs', 'tools/gen.c']), withoutFallback);
    expect(decision.files.map((f) => [f.path, f.decision, f.owner, f.reason])).toEqual([
      ['tools/gen.rs', 'unowned', null, null],
      ['tools/gen.c', 'unowned', null, null],
    ]);
    expect(decision).toMatchObject({
      blocked: false,
      verdict: 'routed',
      holds: [],
      reviewers: [],
      rustFiles: ['tools/gen.rs'],
    });
  });

  it('the reason cites the deciding pattern, where it was written, and where the stance came from', () => {
    const [explicit, fallback] = route(['rust/kernel/block/mq.rs', 'init.rs']).files;
    expect(explicit.reason).toEqual({
      subsystem: 'BLOCK LAYER DEVICE DRIVER API [RUST]',
      pattern: 'rust/kernel/block/',
      origin: expect.objectContaining({ file: 'maintainers.yml', line: lineOf(POLICY, 'files: [rust/kernel/block/') }),
      fallback: false,
      by: { stance: 'opt-in', source: 'policy', weighed: 1 },
    });
    expect(fallback.stanceSource).toBe('default');
    expect(fallback.reason).toEqual({
      subsystem: 'THE REST',
      pattern: '*',
      origin: expect.objectContaining({ file: 'maintainers.yml', line: lineOf(POLICY, "files: ['*'") }),
      fallback: true,
      by: { stance: 'undecided', source: 'default', weighed: 1 },
    });
  });

  it('a non-Rust reason counts the owners, and paths decided alike share one reason object', () => {
    const [loop, nbd] = route(['drivers/block/loop.c', 'drivers/block/nbd.c']).files;
    expect(loop.reason).toMatchObject({ subsystem: 'BLOCK LAYER', fallback: false, by: { owners: 1 } });
    expect(nbd.reason).toBe(loop.reason);
  });
});

describe('routeChanges: holds, acks and exceptions', () => {
  it('an opt-out owner blocks, asks nobody, and names who can lift the hold', () => {
    const decision = route(['kernel/dma/mapping.rs']);
    expect(decision).toMatchObject({
      blocked: true,
      verdict: 'blocked',
      holds: [
        {
          subsystem: 'DMA MAPPING HELPERS',
          stance: 'opt-out',
          files: ['kernel/dma/mapping.rs'],
          canLift: ['hch', 'mszyprow'],
          liftedBy: [],
        },
      ],
      reviewers: [],
      teamReviewers: [],
      labels: ['rust: blocked', 'subsystem: dma'],
    });
  });

  it("an undecided owner's hold needs an ack: blocked, verdict needs-ack, its maintainers asked", () => {
    const decision = route(['block/blk-rust.rs']);
    expect(decision).toMatchObject({
      blocked: true,
      verdict: 'needs-ack',
      reviewers: ['axboe'],
      labels: ['rust: needs-ack', 'subsystem: block'],
    });
  });

  it.each<[string, string, RouteOptions, string[]]>([
    ['a maintainer approves an undecided hold', 'block/blk-rust.rs', { approvedBy: ['axboe'] }, ['axboe']],
    ['logins compare case-insensitively', 'block/blk-rust.rs', { approvedBy: ['AxBoe'] }, ['axboe']],
    [
      'a maintainer grants an opt-out exception',
      'kernel/dma/mapping.rs',
      { approvedBy: ['mszyprow', 'someone'] },
      ['mszyprow'],
    ],
    ["another subsystem's maintainer does not lift it", 'block/blk-rust.rs', { approvedBy: ['ojeda', 'hch'] }, []],
    ['a non-maintainer does not lift it', 'kernel/dma/mapping.rs', { approvedBy: ['random-reviewer'] }, []],
    [
      "the author's own approval never counts, even a maintainer's",
      'kernel/dma/mapping.rs',
      { author: 'hch', approvedBy: ['hch'] },
      [],
    ],
  ])('%s', (_, path, options, liftedBy) => {
    const decision = route([path], options);
    expect(decision.holds.map((hold) => hold.liftedBy)).toEqual([liftedBy]);
    expect(decision.blocked).toBe(liftedBy.length === 0);
    if (liftedBy.length > 0) {
      expect(decision.verdict).toBe('routed');
      expect(decision.labels).toContain('rust');
      expect(decision.labels.filter((label) => label === 'rust: needs-ack' || label === 'rust: blocked')).toEqual([]);
    }
  });

  it('blocked wins over needs-ack in the verdict; lifting the opt-out leaves needs-ack', () => {
    expect(route(['kernel/dma/a.rs', 'block/b.rs']).verdict).toBe('blocked');
    expect(route(['kernel/dma/a.rs', 'block/b.rs'], { approvedBy: ['hch'] })).toMatchObject({
      verdict: 'needs-ack',
      blocked: true,
    });
    expect(route(['kernel/dma/a.rs', 'block/b.rs'], { approvedBy: ['hch', 'axboe'] })).toMatchObject({
      verdict: 'routed',
      blocked: false,
    });
  });

  it('a team among the maintainers can be named, but only a maintainer listed by login lifts the hold', () => {
    const policy = compileYaml(`version: 1
subsystems:
  - name: SOUND
    rust: opt-out
    maintainers: [sound-org/maintainers, tiwai]
    files: [sound/]
`);
    const held = routeChanges(changes(['sound/x.rs']), policy, { approvedBy: ['broonie'] });
    expect(held.holds).toEqual([
      {
        subsystem: 'SOUND',
        stance: 'opt-out',
        files: ['sound/x.rs'],
        canLift: ['sound-org/maintainers', 'tiwai'],
        liftedBy: [],
        droppedAcks: [],
        cannotAck: [],
      },
    ]);
    expect(routeChanges(changes(['sound/x.rs']), policy, { approvedBy: ['tiwai'] }).holds[0].liftedBy).toEqual([
      'tiwai',
    ]);
  });
});

describe('routeChanges: stance resolution', () => {
  it("most-specific takes the nearest owner's stance; strictest takes the most restrictive of all owners", () => {
    expect(route(['drivers/block/rnull.rs']).files[0]).toMatchObject({
      decision: 'opt-in',
      owner: 'BLOCK LAYER DEVICE DRIVER API [RUST]',
    });
    const strictest = compileYaml(
      POLICY.replace('default-stance: undecided', 'default-stance: undecided\nstance-resolution: strictest'),
    );
    const [file] = routeChanges(changes(['drivers/block/rnull.rs']), strictest).files;
    expect(file).toMatchObject({
      decision: 'needs-ack',
      stance: 'undecided',
      stanceSource: 'default',
      owner: 'BLOCK LAYER',
    });
    expect(file.reason?.by).toEqual({ stance: 'undecided', source: 'default', weighed: 2 });
  });

  it('a less specific owner that states a stance decides over a more specific one that states none', () => {
    const policy = compileYaml(`version: 1
subsystems:
  - name: NET
    rust: opt-in
    maintainers: [kuba]
    files: [net/]
  - name: NET SCHED
    maintainers: [jhs]
    files: [net/sched/]
`);
    expect(routeChanges(changes(['net/sched/act.rs']), policy).files[0]).toMatchObject({
      owner: 'NET',
      decision: 'opt-in',
    });
  });
});

describe('routeChanges: paths, owners and mentions', () => {
  it('a rename counts both paths, each decided on its own, the new one marked with the old', () => {
    const decision = route([['drivers/block/rnull.rs', 'kernel/dma/rnull.rs']]);
    expect(decision.files.map((f) => [f.path, f.previousPath, f.decision, f.owner])).toEqual([
      ['drivers/block/rnull.rs', 'kernel/dma/rnull.rs', 'opt-in', 'BLOCK LAYER DEVICE DRIVER API [RUST]'],
      ['kernel/dma/rnull.rs', undefined, 'blocked', 'DMA MAPPING HELPERS'],
    ]);
    expect(decision.rustFiles).toEqual(['drivers/block/rnull.rs', 'kernel/dma/rnull.rs']);
    expect(decision.holds.map((hold) => hold.files)).toEqual([['kernel/dma/rnull.rs']]);
  });

  it('the fallback is listed for every path but owns, asks and labels only when nothing else owns', () => {
    const decision = route(['rust/kernel/str.rs']);
    expect(decision.files[0].subsystems).toContain('THE REST');
    expect(decision.reviewers).not.toContain('torvalds');
    expect(decision.labels).not.toContain('subsystem: rest');
    expect(decision.subsystems.map((s) => s.name)).toEqual(['RUST']);
    const alone = route(['Makefile']);
    expect(alone).toMatchObject({ reviewers: ['torvalds'], labels: ['subsystem: rest'] });
    expect(alone.files[0]).toMatchObject({ decision: 'owners', owner: 'THE REST' });
  });

  it('non-Rust owners and the Rust owners other than the decider are labelled; only deciders are asked for Rust', () => {
    const decision = route(['rust/kernel/block/mq.rs']);
    expect(decision.labels).toEqual(['rust', 'subsystem: rust']);
    expect(decision.reviewers).toEqual(['a-hindborg', 'boqun']);
    expect(decision.teamReviewers).toEqual([]);
    expect(decision.subsystems.map((s) => [s.name, s.asked])).toEqual([
      ['BLOCK LAYER DEVICE DRIVER API [RUST]', ['a-hindborg', 'boqun']],
      ['RUST', []],
    ]);
  });

  it('a subsystem hit only by a keyword is mentioned: labelled and listed, not asked', () => {
    const decision = route(['block/blk-core.c'], {}, { title: 'block: fix netdev queue', diffLines: ['-old', '+new'] });
    expect(decision.mentioned).toEqual(['NETWORKING DRIVERS']);
    expect(decision.labels).toEqual(['subsystem: block', 'subsystem: net']);
    expect(decision.reviewers).toEqual(['axboe']);
    expect(decision.subsystems.at(-1)).toMatchObject({
      name: 'NETWORKING DRIVERS',
      mentioned: true,
      files: [],
      asked: [],
    });
    expect(decision.keywordScan).toMatchObject({ capped: false });
  });

  it('a keyword hitting a subsystem that already owns a path does not make it mentioned', () => {
    expect(route(['rust/kernel/str.rs'], {}, { title: 'rust: str: add helper' }).mentioned).toEqual([]);
  });

  it('keywords are looked for in the diff lines too', () => {
    expect(route(['block/blk-core.c'], {}, { diffLines: ['+ // used by netdev too'] }).mentioned).toEqual([
      'NETWORKING DRIVERS',
    ]);
  });

  it('a subsystem assumed mentioned (by a diff the caller did not read) is mentioned and labelled as a keyword hit would', () => {
    const fromDiff = route(['block/blk-core.c'], {}, { diffLines: ['+ // used by netdev too'] });
    const assumed = route(['block/blk-core.c'], { assumeMentioned: ['NETWORKING DRIVERS'] });
    // Everything but the scanned text (how much, and which lines hit): the caller supplied none.
    expect(assumed.keywordHits).toEqual([]);
    expect({ ...assumed, keywordScan: null, keywordHits: null }).toEqual({
      ...fromDiff,
      keywordScan: null,
      keywordHits: null,
    });
  });

  it('an owner assumed mentioned stays an owner', () => {
    expect(route(['drivers/net/e1000.c'], { assumeMentioned: ['NETWORKING DRIVERS'] }).mentioned).toEqual([]);
  });
});

describe('routeChanges: review requests', () => {
  it('teams go to teamReviewers as org/team, users to reviewers, maintainers before reviewers', () => {
    expect(route(['rust/kernel/str.rs'])).toMatchObject({
      reviewers: ['ojeda', 'alex'],
      teamReviewers: ['rust-for-linux/reviewers'],
    });
  });

  it('the author is never requested, whatever the case of the login', () => {
    expect(route(['rust/kernel/str.rs'], { author: 'OJEDA' }).reviewers).toEqual(['alex']);
  });

  it('the cap keeps the most specific subsystems’ maintainers first, then reviewers, and reports the rest', () => {
    const decision = route(['rust/kernel/str.rs', 'drivers/net/phy.c', 'rust/kernel/block/mq.rs'], { maxReviewers: 3 });
    expect(decision.reviewers).toEqual(['a-hindborg', 'davem', 'kuba']);
    expect(decision.teamReviewers).toEqual([]);
    expect(decision.reviewersCapped).toEqual(['ojeda', 'alex', 'boqun', 'rust-for-linux/reviewers']);
    expect(decision.subsystems.map((s) => [s.name, s.asked])).toEqual([
      ['BLOCK LAYER DEVICE DRIVER API [RUST]', ['a-hindborg']],
      ['NETWORKING DRIVERS', ['davem', 'kuba']],
      ['RUST', []],
    ]);
  });

  it('the cap counts users and teams together; the default is 10', () => {
    expect(route(['rust/kernel/str.rs'], { maxReviewers: 2 })).toMatchObject({
      reviewers: ['ojeda', 'alex'],
      teamReviewers: [],
      reviewersCapped: ['rust-for-linux/reviewers'],
    });
    expect(
      route(['rust/kernel/str.rs', 'drivers/net/x.c', 'block/x.c', 'rust/kernel/block/x.rs']).reviewersCapped,
    ).toEqual([]);
  });
});

describe('routeChanges: labels', () => {
  it('status labels follow each file decision, sorted and deduplicated with the owners’ labels', () => {
    const decision = route([
      'rust/kernel/str.rs',
      'rust/kernel/block/mq.rs',
      'kernel/dma/a.rs',
      'block/b.rs',
      'drivers/net/c.c',
    ]);
    expect(decision.labels).toEqual([
      'rust',
      'rust: blocked',
      'rust: core',
      'rust: needs-ack',
      'subsystem: block',
      'subsystem: dma',
      'subsystem: net',
      'subsystem: rust',
    ]);
  });

  it('a status label set to null is disabled: not added, not managed', () => {
    const policy = compileYaml(
      POLICY.replace('default-stance: undecided', 'default-stance: undecided\nlabels:\n  core: null'),
    );
    const decision = routeChanges(changes(['rust/kernel/str.rs']), policy);
    expect(decision.labels).toEqual(['subsystem: rust']);
    expect(decision.managedLabels).not.toContain('rust: core');
  });

  it('managed labels are the status labels plus every label the policy names', () => {
    expect(route([]).managedLabels).toEqual([
      'rust',
      'rust: bindings-affected',
      'rust: blocked',
      'rust: core',
      'rust: needs-ack',
      'rust: toolchain',
      'rust: unstable-feature',
      'subsystem: block',
      'subsystem: dma',
      'subsystem: net',
      'subsystem: rest',
      'subsystem: rust',
    ]);
  });
});

describe('routeChanges: the Rust tree asked because of a finding', () => {
  /** A toolchain bump: a path RUST does not own, one finding routed to RUST. */
  const bump: ChangedFile = {
    path: 'scripts/min-tool-version.sh',
    status: 'modified',
    hunks: [{ oldStart: 35, newStart: 35, lines: [' rustc)', '-\techo 1.78.0', '+\techo 1.80.0', ' \t;;'] }],
  };

  it("its row owns the finding's file, once, even when a keyword mentions it too", () => {
    for (const title of ['kbuild: raise the minimum rustc', 'kbuild: rust: raise the minimum rustc']) {
      const decision = routeChanges({ files: [bump], title, body: '', diffLines: [] }, compiled);
      expect(decision.findings).toEqual([expect.objectContaining({ check: 'toolchain', line: 36 })]);
      expect(decision.subsystems.filter((row) => row.name === 'RUST')).toEqual([
        expect.objectContaining({ files: ['scripts/min-tool-version.sh'], mentioned: false }),
      ]);
      expect(decision.mentioned).toEqual([]);
      expect(decision.labels).toEqual(expect.arrayContaining(['rust: toolchain', 'subsystem: rust']));
    }
  });
});

describe('routeChanges: edge cases', () => {
  it('an empty change set is a routed decision with nothing in it', () => {
    expect(route([])).toEqual({
      files: [],
      keywordHits: [],
      mentioned: [],
      labels: [],
      reviewers: [],
      teamReviewers: [],
      blocked: false,
      holds: [],
      verdict: 'routed',
      managedLabels: expect.any(Array),
      subsystems: [],
      keywordScan: expect.objectContaining({ capped: false }),
      reviewersCapped: [],
      rustFiles: [],
      findings: [],
      interfaces: [],
      review: { unchecked: [], labels: [], interfacesNotRouted: false, interfaceFilesNotRead: 0 },
    });
  });

  it('a path listed twice is decided once', () => {
    expect(route(['block/a.rs', 'block/a.rs']).files).toHaveLength(1);
  });

  it('subsystem reports show the stance only of owners of Rust paths', () => {
    const decision = route(['rust/kernel/block/mq.rs', 'drivers/net/x.c']);
    expect(decision.subsystems.map((s) => [s.name, s.stance, s.stanceSource, s.files])).toEqual([
      ['BLOCK LAYER DEVICE DRIVER API [RUST]', 'opt-in', 'policy', ['rust/kernel/block/mq.rs']],
      ['NETWORKING DRIVERS', null, null, ['drivers/net/x.c']],
      ['RUST', 'core', 'policy', ['rust/kernel/block/mq.rs']],
    ]);
  });

  it('routes 100,000 paths (a huge PR stays bounded)', () => {
    const paths = Array.from(
      { length: 100_000 },
      (_, i) => `drivers/net/ethernet/vendor${i % 50}/file${i}.${i % 3 ? 'c' : 'rs'}`,
    );
    const decision = route(paths);
    expect(decision.files).toHaveLength(100_000);
    expect(decision.rustFiles).toHaveLength(33_334);
    expect(decision.holds).toEqual([expect.objectContaining({ subsystem: 'NETWORKING DRIVERS', stance: 'undecided' })]);
  });
});

describe('routeChanges with the example maintainers.yml', () => {
  const example = compileYaml(readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8'));
  it.each([
    ['rust/kernel/str.rs', 'RUST', 'core'],
    ['rust/kernel/block/mq/request.rs', 'BLOCK LAYER DEVICE DRIVER API [RUST]', 'opt-in'],
    ['rust/kernel/net/phy/reg.rs', 'ETHERNET PHY LIBRARY [RUST]', 'opt-in'],
    ['drivers/net/phy/ax88796b_rust.rs', 'ASIX PHY DRIVER [RUST]', 'opt-in'],
    ['drivers/net/phy/new_phy.rs', 'ETHERNET PHY LIBRARY', 'opt-in'],
    ['drivers/net/ethernet/asix/ax_rust.rs', 'NETWORKING DRIVERS', 'needs-ack'],
    ['drivers/block/new_rust.rs', 'BLOCK LAYER', 'needs-ack'],
    ['rust/kernel/dma.rs', 'DMA MAPPING HELPERS', 'blocked'],
    ['drivers/net/wireless/x.rs', 'THE REST', 'needs-ack'],
    ['drivers/net/ethernet/asix/ax88796c_main.c', 'NETWORKING DRIVERS', 'owners'],
  ])('%s → %s (%s)', (path, owner, decision) => {
    expect(routeChanges(changes([path]), example).files[0]).toMatchObject({ owner, decision });
  });
});

describeKernelRouting(
  'the committed 6.12 MAINTAINERS excerpt (fixtures/linux-6.12)',
  readFileSync(new URL('../../fixtures/linux-6.12/MAINTAINERS', import.meta.url), 'utf8'),
  readFileSync(new URL('../../fixtures/linux-6.12/files.txt', import.meta.url), 'utf8'),
);
