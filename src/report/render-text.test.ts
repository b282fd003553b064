import { readFileSync } from 'node:fs';
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import type { ChangeSet } from '../diff/types.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { routeChanges } from '../routing/route.js';
import { renderText } from './render-text.js';

const EXAMPLE = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');
const compiled = compilePolicy(assemblePolicy(validateConfig(EXAMPLE, 'maintainers.yml').value!).value).value;
const route = (paths: string[], text: Partial<ChangeSet> = {}) =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [], ...text },
    compiled,
  );

describe('renderText', () => {
  it('renders a realistic decision: verdict, one line per path with its reason, holds, labels, reviewers', () => {
    const decision = routeChanges(
      {
        files: [
          { path: 'rust/kernel/block/mq/request.rs', status: 'modified' },
          { path: 'rust/kernel/dma.rs', status: 'modified' },
          { path: 'drivers/net/ethernet/asix/ax_rust.rs', previousPath: 'drivers/block/ax_rust.rs', status: 'renamed' },
          { path: 'Documentation/rust/index.rst', status: 'modified' },
        ],
        title: 'rust: block: add request helpers',
        body: '',
        diffLines: [],
      },
      compiled,
      { author: 'contributor', approvedBy: ['davem'] },
    );
    expect(renderText(decision)).toMatchInlineSnapshot(`
"⛔ Blocked: 1 Rust file is in DMA MAPPING HELPERS, which opted out of Rust: only an approving review from one of its maintainers (an exception) lifts the hold; 1 more waits for an ack.

holds:
  DMA MAPPING HELPERS (opt-out, 1 file): held until one of hch-lst, mszyprow approves
  NETWORKING DRIVERS (undecided, 1 file): lifted by davem
  BLOCK LAYER (undecided, 1 file): held until axboe approves

rust/kernel/block/mq/request.rs → BLOCK LAYER DEVICE DRIVER API [RUST] (opt-in)
    "rust/kernel/block/" (maintainers.yml:80) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in (explicit)
    matched: BLOCK LAYER DEVICE DRIVER API [RUST], RUST, THE REST
rust/kernel/dma.rs → DMA MAPPING HELPERS (blocked, opt-out)
    "rust/kernel/dma.rs" (maintainers.yml:144) → DMA MAPPING HELPERS, stance opt-out (explicit)
    matched: DMA MAPPING HELPERS, RUST, THE REST
drivers/net/ethernet/asix/ax_rust.rs (renamed from drivers/block/ax_rust.rs) → NETWORKING DRIVERS (undecided, lifted by davem)
    "drivers/net/" (maintainers.yml:90) → NETWORKING DRIVERS, stance undecided (explicit)
    matched: NETWORKING DRIVERS, THE REST
drivers/block/ax_rust.rs → BLOCK LAYER (needs-ack, undecided)
    "drivers/block/" (maintainers.yml:65) → BLOCK LAYER, stance undecided (default-stance)
    matched: BLOCK LAYER, THE REST
Documentation/rust/index.rst → RUST (owners)
    "Documentation/rust/" (maintainers.yml:50) → RUST
    matched: RUST, THE REST

keywords:
  RUST: K: \\b(?i:rust)\\b (maintainers.yml:55) matched "rust: block: add request helpers"

interfaces: not routed (no source tree: give --tree DIR to read the Rust ↔ C map)

people (each once, with the subsystems that ask them):
  a-hindborg: BLOCK LAYER DEVICE DRIVER API [RUST]
  boqunfeng: BLOCK LAYER DEVICE DRIVER API [RUST]
  ojeda: RUST
  alex-gaynor: RUST
  rust-for-linux/reviewers: RUST
  kuba-netdev: NETWORKING DRIVERS
  davem: NETWORKING DRIVERS
  edumazet: NETWORKING DRIVERS
  pabeni: NETWORKING DRIVERS
  axboe: BLOCK LAYER

labels: rust, rust: blocked, rust: needs-ack, subsystem: block, subsystem: dma, subsystem: net, subsystem: rust
reviewers: a-hindborg, ojeda, alex-gaynor, kuba-netdev, davem, edumazet, pabeni, axboe, boqunfeng
team reviewers: rust-for-linux/reviewers
"
`);
  });

  it('says where an unowned path goes: nobody', () => {
    const decision = routeChanges(
      { files: [{ path: 'x.rs', status: 'added' }], title: '', body: '', diffLines: [] },
      compilePolicy(assemblePolicy(validateConfig('version: 1\n', 'maintainers.yml').value!).value).value,
    );
    expect(renderText(decision)).toContain("x.rs → nobody (unowned)\n    no subsystem's patterns match\n");
  });

  it('cannot be made to print escape sequences or extra lines by a path', () => {
    const text = renderText(route(['rust/\u001b[2Jevil\nfake line.rs']));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('rust/\\u001b[2Jevil\\nfake line.rs → RUST (core)');
  });

  it('renders a tree-wide change (200,000 paths) without overflowing the stack', () => {
    const [file] = route(['rust/kernel/str.rs']).files;
    const decision = { ...route([]), files: new Array(200_000).fill(file) };
    expect(
      renderText(decision)
        .split('\n')
        .filter((line) => line.startsWith('rust/kernel/str.rs')),
    ).toHaveLength(200_000);
  });
});

describe('renderText: the Rust review (docs/RUST-REVIEW.md)', () => {
  it('lists findings with their severity, and says when interfaces were called for but not routed', () => {
    const decision = routeChanges(
      {
        files: [
          {
            path: 'drivers/net/phy/ax88796b_rust.rs',
            status: 'modified',
            hunks: [{ oldStart: 1, newStart: 1, lines: ['+#![feature(allocator_api)]', ' use kernel::prelude::*;'] }],
          },
          { path: 'include/linux/phy.h', status: 'modified' },
        ],
        title: '',
        body: '',
        diffLines: [],
      },
      compiled,
    );
    const text = renderText(decision);
    expect(text).toContain(
      '\nrust review:\n  drivers/net/phy/ax88796b_rust.rs:1: unstable-feature: `#![feature(...)]` enables the unstable feature `allocator_api`\n',
    );
    expect(text).toContain('\ninterfaces: not routed (no source tree: give --tree DIR to read the Rust ↔ C map)\n');
  });
});
