/**
 * Test helper (test-only): the documented example (docs/ROUTING.md, "The JSON shape") and the [RUST] sections, routed on a real MAINTAINERS. Run on the
 * committed excerpt by route.test.ts and on the whole 6.12 file by route.kernel.test.ts: the same assertions,
 * since the excerpt keeps every section these paths match.
 */
import { assemblePolicy, policyFromKernel } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import type { Policy } from '../model.js';
import { compilePolicy } from './compile-policy.js';
import { routeChanges } from './route.js';

/** The documented example PR: the ASIX PHY driver, titled so RUST's keyword mentions it. */
const ASIX = {
  files: [{ path: 'drivers/net/phy/ax88796b_rust.rs', status: 'modified' as const }],
  title: 'net: phy: ax88796b: convert to Rust',
  body: '',
  diffLines: [],
};

/** The documented example, verbatim (docs/ROUTING.md, "The JSON shape"). */
const DOCUMENTED_EXAMPLE = {
  files: [
    {
      path: 'drivers/net/phy/ax88796b_rust.rs',
      rust: true,
      subsystems: ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST'],
      stance: 'opt-in',
      decision: 'opt-in',
      owner: 'ASIX PHY DRIVER [RUST]',
    },
  ],
  mentioned: ['RUST'],
  labels: ['rust'],
  reviewers: ['fujita'],
  teamReviewers: [],
  blocked: false,
  holds: [],
};

export function describeKernelRouting(source: string, maintainers: string, fileList: string): void {
  describe(`routeChanges on ${source}`, () => {
    // get_maintainer.pl tells a directory pattern without its trailing '/' by looking at the tree: so do we.
    const directories = new Set<string>();
    for (const path of fileList.split('\n')) {
      for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
        directories.add(path.slice(0, slash));
      }
    }
    const compile = (policy: Policy) => {
      const compiled = compilePolicy(policy, { isDirectory: (pattern) => directories.has(pattern) });
      expect(compiled.errors).toEqual([]);
      return compiled.value;
    };

    it('MAINTAINERS on its own: the ASIX PHY driver is opt-in by its [RUST] name, the documented subsystems', () => {
      const policy = policyFromKernel(maintainers, 'MAINTAINERS');
      expect(policy.errors).toEqual([]);
      const decision = routeChanges(ASIX, compile(policy.value));
      expect(decision.files[0]).toMatchObject({ ...DOCUMENTED_EXAMPLE.files[0], stanceSource: 'rust-tag' });
      expect(decision.mentioned).toEqual(['RUST']);
      // Nobody in a bare MAINTAINERS has a GitHub login: named, never requested.
      expect(decision.reviewers).toEqual([]);
      expect(decision.subsystems[0]).toMatchObject({ name: 'ASIX PHY DRIVER [RUST]', asked: [] });
      expect(decision.subsystems[0].notOnGitHub).toEqual([
        expect.stringContaining('fujita.tomonori@gmail.com'),
        expect.stringContaining('tmgross@umich.edu'),
      ]);
    });

    it('imported by a maintainers.yml that maps FUJITA Tomonori to a login: exactly the documented output', () => {
      const yml = `version: 1
import:
  path: MAINTAINERS
  people: { fujita.tomonori@gmail.com: fujita }
  stances: { RUST: core }
`;
      const doc = validateConfig(yml, 'maintainers.yml');
      expect(doc.errors).toEqual([]);
      const policy = assemblePolicy(doc.value!, { text: maintainers, file: 'MAINTAINERS' });
      expect(policy.errors).toEqual([]);
      const decision = routeChanges(ASIX, compile(policy.value));
      const { files, mentioned, labels, reviewers, teamReviewers, blocked, holds } = decision;
      expect({
        files: files.map(({ path, rust, subsystems, stance, decision, owner }) => ({
          path,
          rust,
          subsystems,
          stance,
          decision,
          owner,
        })),
        mentioned,
        labels,
        reviewers,
        teamReviewers,
        blocked,
        holds,
      }).toEqual(DOCUMENTED_EXAMPLE);
    });

    it('rust/kernel/block/ goes to BLOCK LAYER DEVICE DRIVER API [RUST], rust/kernel/str.rs to RUST', () => {
      const compiled = compile(policyFromKernel(maintainers, 'MAINTAINERS').value);
      const changes = {
        files: [
          { path: 'rust/kernel/block/mq/request.rs', status: 'modified' as const },
          { path: 'rust/kernel/str.rs', status: 'modified' as const },
        ],
        title: '',
        body: '',
        diffLines: [],
      };
      const [block, str] = routeChanges(changes, compiled).files;
      expect(block).toMatchObject({ owner: 'BLOCK LAYER DEVICE DRIVER API [RUST]', decision: 'opt-in' });
      expect(block.reason).toMatchObject({
        subsystem: 'BLOCK LAYER DEVICE DRIVER API [RUST]',
        pattern: 'rust/kernel/block/',
        origin: { file: 'MAINTAINERS' },
        by: { stance: 'opt-in', source: 'rust-tag', weighed: 1 },
      });
      expect(str).toMatchObject({ owner: 'RUST', decision: 'core', stanceSource: 'kernel-default' });
    });
  });
}
