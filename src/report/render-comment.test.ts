import { policyOf } from '../routing/policy-of.test-helper.js';
import { readFileSync } from 'node:fs';
import type { ChangeSet } from '../diff/types.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { diffPolicies } from '../routing/diff-policies.js';
import { routeChanges } from '../routing/route.js';
import type { RouteOptions } from '../routing/types.js';
import { COMMENT_MARKER, GITHUB_MAX_COMMENT_LENGTH, renderComment } from './render-comment.js';

/** The project's example policy (maintainers.yml at the repository root). */
const EXAMPLE = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');

const compiled = compilePolicy(policyOf(EXAMPLE)).value;

const route = (paths: string[], options: RouteOptions = {}, text: Partial<ChangeSet> = {}) =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [], ...text },
    compiled,
    options,
  );

/** A realistic PR: the block Rust API, a PHY driver, the DMA abstraction (opted out) and a new net driver. */
const REALISTIC: ChangeSet = {
  files: [
    { path: 'rust/kernel/block/mq/request.rs', status: 'modified' },
    { path: 'drivers/net/phy/ax88796b_rust.rs', status: 'modified' },
    { path: 'rust/kernel/dma.rs', status: 'modified' },
    { path: 'drivers/net/ethernet/asix/ax_rust.rs', previousPath: 'drivers/block/ax_rust.rs', status: 'renamed' },
    { path: 'Documentation/rust/index.rst', status: 'modified' },
  ],
  title: 'rust: block: add request helpers',
  body: 'Also touches the DMA abstraction.',
  diffLines: [],
};
const realistic = routeChanges(REALISTIC, compiled, { author: 'contributor', approvedBy: ['davem'], maxReviewers: 6 });

describe('renderComment', () => {
  it('renders a realistic decision: marker, verdict, subsystem table, detail', () => {
    expect(renderComment(realistic)).toMatchInlineSnapshot(`
     "<!-- rust-patch-router -->

     ### ⛔ Blocked

     1 Rust file is in DMA MAPPING HELPERS, which opted out of Rust: only an approving review from one of its maintainers (an exception) lifts the hold; 1 more waits for an ack.

     | Subsystem | Stance | Files | Asked | What lifts the hold |
     | --- | --- | ---: | --- | --- |
     | ASIX PHY DRIVER \\[RUST\\] | opt-in (explicit) | 1 | @fujita | — |
     | BLOCK LAYER DEVICE DRIVER API \\[RUST\\] | opt-in (explicit) | 1 | @a-hindborg | — |
     | ETHERNET PHY LIBRARY | opt-in (explicit) | 1 | — | — |
     | DMA MAPPING HELPERS | opt-out (explicit) | 1 | nobody (they said no) | an approving review from \`hch-lst\` or \`mszyprow\` |
     | RUST | core (explicit) | 3 | @ojeda, @alex-gaynor | — |
     | NETWORKING DRIVERS | undecided (explicit) | 2 | @kuba-netdev, @davem | lifted by @davem |
     | BLOCK LAYER | undecided (default-stance) | 1 | — | an approving review from \`axboe\` |

     **Labels:** \`rust\`, \`rust: blocked\`, \`rust: needs-ack\`, \`subsystem: block\`, \`subsystem: dma\`, \`subsystem: net\`, \`subsystem: phy\`, \`subsystem: rust\`

     **Not requested** (over the max-reviewers cap): \`edumazet\`, \`pabeni\`, \`axboe\`, \`boqunfeng\`, \`rust-for-linux/reviewers\`

     <details>
     <summary>Per-file detail (6 paths)</summary>

     | Path | Rust | Decision | Owner | Matched | Why |
     | --- | --- | --- | --- | --- | --- |
     | \`rust/kernel/block/mq/request.rs\` | yes | opt-in | BLOCK LAYER DEVICE DRIVER API \\[RUST\\] | BLOCK LAYER DEVICE DRIVER API \\[RUST\\], RUST, THE REST | "rust/kernel/block/" (maintainers.yml:80) → BLOCK LAYER DEVICE DRIVER API \\[RUST\\], stance opt-in (explicit) |
     | \`drivers/net/phy/ax88796b_rust.rs\` | yes | opt-in | ASIX PHY DRIVER \\[RUST\\] | ASIX PHY DRIVER \\[RUST\\], ETHERNET PHY LIBRARY, NETWORKING DRIVERS, THE REST | "drivers/net/phy/ax88796b\\_rust.rs" (maintainers.yml:129) → ASIX PHY DRIVER \\[RUST\\], stance opt-in (explicit) |
     | \`rust/kernel/dma.rs\` | yes | blocked (opt-out) | DMA MAPPING HELPERS | DMA MAPPING HELPERS, RUST, THE REST | "rust/kernel/dma.rs" (maintainers.yml:144) → DMA MAPPING HELPERS, stance opt-out (explicit) |
     | \`drivers/net/ethernet/asix/ax_rust.rs\` (from \`drivers/block/ax_rust.rs\`) | yes | needs-ack (undecided) | NETWORKING DRIVERS | NETWORKING DRIVERS, THE REST | "drivers/net/" (maintainers.yml:90) → NETWORKING DRIVERS, stance undecided (explicit) |
     | \`drivers/block/ax_rust.rs\` | yes | needs-ack (undecided) | BLOCK LAYER | BLOCK LAYER, THE REST | "drivers/block/" (maintainers.yml:65) → BLOCK LAYER, stance undecided (default-stance) |
     | \`Documentation/rust/index.rst\` | no | owners | RUST | RUST, THE REST | "Documentation/rust/" (maintainers.yml:50) → RUST |

     </details>
     "
    `);
  });

  it('starts with the hidden marker, and a different marker when asked', () => {
    expect(renderComment(realistic).split('\n')[0]).toBe(COMMENT_MARKER);
    expect(renderComment(realistic, { marker: '<!-- other -->' }).split('\n')[0]).toBe('<!-- other -->');
  });

  it('is a pure function of the decision: re-rendering is byte-identical', () => {
    const again = routeChanges(REALISTIC, compiled, { author: 'contributor', approvedBy: ['davem'], maxReviewers: 6 });
    expect(renderComment(again)).toBe(renderComment(realistic));
  });

  it.each([
    ['routed', ['drivers/net/phy/ax88796b_rust.rs'], {}, '### ✅ Routed'],
    ['needs ack', ['drivers/block/new_rust.rs'], {}, '### ⏳ Needs ack'],
    ['blocked', ['kernel/dma/map.rs'], {}, '### ⛔ Blocked'],
    ['routed once the hold is lifted', ['kernel/dma/map.rs'], { approvedBy: ['mszyprow'] }, '### ✅ Routed'],
  ])('puts the verdict first: %s', (_, paths, options, heading) => {
    expect(renderComment(route(paths, options)).split('\n')[2]).toBe(heading);
  });

  it('says so when a later push leaves no Rust and no hold', () => {
    expect(renderComment(route(['block/blk-core.c']))).toBe(
      `${COMMENT_MARKER}\n✅ This pull request no longer changes Rust code and nothing holds it: rust-patch-router has nothing to route.\n`,
    );
    expect(renderComment(route([]))).toContain('no longer changes Rust code');
  });

  it('@-mentions only requested reviewers; maintainers of an opted-out subsystem are named in code', () => {
    const comment = renderComment(route(['kernel/dma/map.rs', 'rust/kernel/str.rs']));
    expect(comment).toContain('@ojeda');
    expect(comment).toContain('`hch-lst` or `mszyprow`');
    expect(comment).not.toMatch(/@(hch-lst|mszyprow|robin-murphy)/);
  });

  it('never @-mentions the author, even as a maintainer who could lift the hold', () => {
    const comment = renderComment(route(['drivers/block/new_rust.rs'], { author: 'axboe' }));
    expect(comment).toContain('`axboe`');
    expect(comment).not.toContain('@axboe');
  });

  it('escapes paths: no planted marker, no broken table, no stray mention or line', () => {
    const hostile = 'rust/kernel/a|b <!-- rust-patch-router --> @torvalds\nx.rs';
    const comment = renderComment(route([hostile]));
    // The marker in the path stays inside a code span: shown as text, never an HTML comment.
    expect(comment.indexOf(COMMENT_MARKER)).toBe(0);
    // Mentions are not processed in code, so the path's @torvalds notifies nobody; it appears only there.
    expect(comment.split('@torvalds')).toHaveLength(2);
    expect(comment).toContain('`rust/kernel/a\\|b <!-- rust-patch-router --> @torvalds\\nx.rs`');
  });

  it('names people not on GitHub without @, and lists subsystems only mentioned by keyword', () => {
    const maintainers =
      'SOUND\nM:\tTakashi Iwai <tiwai@suse.com>\nM:\tJaroslav Kysela <perex@perex.cz>\nS:\tMaintained\nF:\tsound/\n';
    const yml = `version: 1
import:
  path: MAINTAINERS
  people: { tiwai@suse.com: tiwai }
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
    keywords: ['\\b(?i:rust)\\b']
`;
    const policy = policyOf(yml, { text: maintainers, file: 'MAINTAINERS' });
    const changes = {
      files: [{ path: 'sound/core/pcm.rs', status: 'added' as const }],
      title: 'ALSA: a Rust PCM binding',
      body: '',
      diffLines: [],
    };
    const comment = renderComment(routeChanges(changes, compilePolicy(policy).value));
    expect(comment).toContain('| SOUND | undecided (default-stance) | 1 | @tiwai | an approving review from @tiwai |');
    expect(comment).toContain('**Mentioned** by keyword (labelled, not asked): RUST');
    expect(comment).toContain(
      '**Not on GitHub** (named here, never requested): Jaroslav Kysela &lt;perex@\u200dperex.cz&gt; (SOUND)',
    );
    expect(comment).not.toContain('@perex');
  });

  it('shows the stance changes a policy-editing PR proposes', () => {
    const head = policyOf(EXAMPLE.replace('    rust: opt-out\n', '    rust: opt-in\n'));
    const decision = { ...route(['rust/kernel/dma.rs']), policyChanges: diffPolicies(compiled.policy, head) };
    expect(renderComment(decision)).toContain(
      '| Subsystem | Base | Proposed |\n| --- | --- | --- |\n| DMA MAPPING HELPERS | opt-out | opt-in |',
    );
  });

  it('stays within 65,536 characters for 100,000 files, cutting the per-file detail first', () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `drivers/net/phy/vendor${i % 100}/phy_${i}.rs`);
    const comment = renderComment(route(paths));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_MAX_COMMENT_LENGTH);
    expect(comment).toContain('### ✅ Routed');
    expect(comment).toContain('| ETHERNET PHY LIBRARY | opt-in (explicit) | 100000 |');
    expect(comment).toMatch(/\n\*… \d+ more paths not shown: see the job summary\.\*\n\n<\/details>\n$/);
  });

  it('cuts to any smaller limit the same way', () => {
    const comment = renderComment(realistic, { maxLength: 2000 });
    expect(comment.length).toBeLessThanOrEqual(2000);
    expect(comment).toContain('| DMA MAPPING HELPERS |');
    expect(comment).toContain('see the job summary');
  });
});

describe('renderComment: approvals that do not lift a hold', () => {
  it('says whose approval went stale and which held files changed since, and who cannot ack', () => {
    const held = route(['drivers/net/ethernet/acme/acme_rust.rs', 'rust/kernel/dma.rs'], { author: 'contributor' });
    const decision = {
      ...held,
      holds: held.holds.map((hold) =>
        hold.subsystem === 'NETWORKING DRIVERS'
          ? { ...hold, droppedAcks: [{ login: 'davem', commit: 'abc1234'.padEnd(40, '0'), files: hold.files }] }
          : { ...hold, cannotAck: [{ login: 'mszyprow', reason: 'no write access' }] },
      ),
    };
    const body = renderComment(decision);
    expect(body).toContain(
      '**Approvals that do not lift a hold**\n\n' +
        '- `mszyprow` approved for DMA MAPPING HELPERS but cannot ack: no write access.\n' +
        '- @davem approved at `abc1234` for NETWORKING DRIVERS; `drivers/net/ethernet/acme/acme_rust.rs` changed since: a new review is requested.',
    );
  });
});
