import { readFileSync } from 'node:fs';
import { compilePolicy } from '../routing/compile-policy.js';
import { policyOf } from '../routing/policy-of.test-helper.js';
import { routeChanges } from '../routing/route.js';
import { DEFAULT_RUST_REVIEW, type RustReviewPolicy } from '../model.js';
import { carriedMentions, checksCouldLook, keywordCandidates } from './sweep-diff.js';

const policy = policyOf(readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8'));
const compiled = compilePolicy(policy).value;
const route = (paths: string[], title = '') =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title, body: '', diffLines: [] },
    compiled,
  );

describe('keywordCandidates', () => {
  it.each([
    ['a C change: the Rust tree’s keyword could mention it from the diff', ['drivers/net/e1000.c'], '', ['RUST']],
    ['a change the Rust tree owns: its keyword adds nothing', ['rust/kernel/str.rs'], '', []],
    ['a title that already mentions Rust: the diff adds nothing', ['drivers/net/e1000.c'], 'net: prepare for Rust', []],
  ])('%s', (_name, paths, title, expected) => {
    expect(keywordCandidates(route(paths, title), policy)).toEqual(expected);
  });
});

describe('carriedMentions', () => {
  it.each([
    ['all of its labels are on the PR: the diff mentioned it when last read', ['subsystem: rust', 'bug'], ['RUST']],
    ['labels compare without case', ['Subsystem: Rust'], ['RUST']],
    ['its label is not on the PR: not mentioned', ['subsystem: net'], []],
  ])('%s', (_name, labels, expected) => {
    expect(carriedMentions(['RUST'], policy, labels)).toEqual(expected);
  });

  it('never carries a subsystem without labels: nothing on the PR can say it was mentioned', () => {
    const bare = {
      ...policy,
      subsystems: policy.subsystems.map((s) => (s.name === 'RUST' ? { ...s, labels: [] } : s)),
    };
    expect(carriedMentions(['RUST'], bare, ['subsystem: rust'])).toEqual([]);
  });
});

describe('checksCouldLook (the sweep reads the diff only where a Rust check could find something)', () => {
  const isRust = (path: string) => compiled.isRust(path);
  const withChecks = (checks: Partial<RustReviewPolicy['checks']>): { rustReview: RustReviewPolicy } => ({
    rustReview: { ...DEFAULT_RUST_REVIEW, checks: { ...DEFAULT_RUST_REVIEW.checks, ...checks } },
  });

  it.each([
    ['a Rust file', ['drivers/net/phy/ax88796b_rust.rs'], true],
    ['a pinned toolchain file, anywhere', ['tools/rust-toolchain.toml'], true],
    ['the minimum tool versions (rust.toolchain-files)', ['scripts/min-tool-version.sh'], true],
    ['the allowed features list (rust.features-files)', ['scripts/Makefile.build'], true],
    ['C only', ['drivers/net/e1000.c', 'include/linux/phy.h'], false],
  ])('%s → %s', (_name, paths, expected) => {
    expect(checksCouldLook(paths, policy, isRust)).toBe(expected);
  });

  it('never when every check is off; still when one is on', () => {
    const paths = ['drivers/net/phy/ax88796b_rust.rs'];
    expect(
      checksCouldLook(
        paths,
        withChecks({ 'safety-comment': 'off', 'unstable-feature': 'off', toolchain: 'off' }),
        isRust,
      ),
    ).toBe(false);
    expect(checksCouldLook(paths, withChecks({ 'safety-comment': 'off', 'unstable-feature': 'off' }), isRust)).toBe(
      true,
    );
  });
});
