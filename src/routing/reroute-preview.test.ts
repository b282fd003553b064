import { compilePolicy } from './compile-policy.js';
import { policyOf } from './policy-of.test-helper.js';
import { previewReroutes, type PreviewPull } from './reroute-preview.js';

const BASE = `version: 1
default-stance: undecided
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
  - name: DMA MAPPING HELPERS
    rust: opt-out
    maintainers: [hch]
    files: [kernel/dma/, rust/kernel/dma.rs]
  - name: NETWORKING DRIVERS
    rust: opt-in
    maintainers: [davem]
    files: [drivers/net/]
`;

const compiled = (text: string) => compilePolicy(policyOf(text)).value;
const pulls: PreviewPull[] = [
  { number: 3, title: 'rust: dma', author: 'alice', paths: ['rust/kernel/dma.rs'] },
  { number: 2, title: 'net: fix', author: 'bob', paths: ['drivers/net/x.c'] },
  { number: 1, title: 'rust: str', author: 'carol', paths: ['rust/kernel/str.rs'] },
];

describe('previewReroutes', () => {
  it('lists only the PRs whose verdict, labels or reviewers the proposed policy changes, with what changes', () => {
    const head = BASE.replace('rust: opt-out', 'rust: opt-in');
    expect(previewReroutes(pulls, compiled(BASE), compiled(head), 10)).toEqual([
      {
        number: 3,
        title: 'rust: dma',
        verdict: { from: 'blocked', to: 'routed' },
        labelsAdded: ['rust'],
        labelsRemoved: ['rust: blocked'],
        reviewersAdded: ['hch'],
        reviewersRemoved: [],
      },
    ]);
  });

  it('shows a change of owner as a change of reviewers, with the same verdict', () => {
    const head = BASE.replace('maintainers: [davem]', 'maintainers: [kuba]');
    expect(previewReroutes(pulls, compiled(BASE), compiled(head), 10)).toEqual([
      expect.objectContaining({
        number: 2,
        verdict: { from: 'routed', to: 'routed' },
        reviewersAdded: ['kuba'],
        reviewersRemoved: ['davem'],
      }),
    ]);
  });

  it('re-routes nothing when the policies route alike', () => {
    expect(previewReroutes(pulls, compiled(BASE), compiled(BASE), 10)).toEqual([]);
  });
});
