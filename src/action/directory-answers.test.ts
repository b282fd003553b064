import { directoriesOf } from '../matcher/directories.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { policyOf } from '../routing/policy-of.test-helper.js';
import { routeChanges } from '../routing/route.js';
import { directoryQuestions, directorySignature, indexCandidates } from './directory-answers.js';

// Kernel-dialect patterns without a trailing `/`, `.`, `*` or `?` may name a directory (get_maintainer.pl's `-d`).
const POLICY = `version: 1
subsystems:
  - name: DRM CORE
    maintainers: [airlied]
    files: [include/drm/drm]
  - name: 3COM
    maintainers: [davem]
    files: [drivers/net/ethernet/3com]
  - name: AXIS
    maintainers: [axis]
    files: [drivers/clk/axis]
  - name: THE REST
    maintainers: [torvalds]
    files: ['*', '*/']
`;
const policy = policyOf(POLICY);
const candidates = indexCandidates(policy.subsystems);
/** The tree at the policy commit: which candidates are directories there. */
const TREE = new Set(['drivers/net/ethernet/3com', 'drivers/clk/axis']);

describe('directoryQuestions', () => {
  it('asks only about candidates that prefix a path, proves those a path lies below, looks up the rest', () => {
    const questions = directoryQuestions(candidates, ['include/drm/drm_gem.h', 'drivers/net/ethernet/3com/3c59x.c']);
    expect(questions.relevant).toEqual(['include/drm/drm', 'drivers/net/ethernet/3com']);
    expect([...questions.proven]).toEqual(['drivers/net/ethernet/3com']);
    expect(questions.lookUp).toEqual(['include/drm/drm']);
    expect(questions.unresolved).toEqual([]);
  });

  it('asks nothing of a PR no candidate prefixes', () => {
    expect(directoryQuestions(candidates, ['rust/kernel/str.rs'])).toEqual({
      relevant: [],
      proven: new Set(),
      lookUp: [],
      unresolved: [],
    });
  });
});

describe('directorySignature', () => {
  it.each([
    [['include/drm/drm_gem.h']],
    [['drivers/net/ethernet/3com/3c59x.c', 'drivers/net/ethernet/3com.c']],
    [['drivers/clk/axis-clk.c']],
    [['drivers/clk/axis/clk.c', 'include/drm/drm/x.h']],
    [['rust/kernel/str.rs']],
  ])('routes %j exactly as a compile for that PR alone does (resolve-directories.ts)', (paths) => {
    const questions = directoryQuestions(candidates, paths);
    const signature = new Set(directorySignature(questions, (c) => TREE.has(c)));
    const shared = compilePolicy(policy, { isDirectory: (p) => signature.has(p) }).value;
    // The per-PR run: a path below proves a directory, else the tree is asked.
    const below = directoriesOf(paths);
    const perPr = compilePolicy(policy, { isDirectory: (p) => below(p) || TREE.has(p) }).value;
    const changes = {
      files: paths.map((path) => ({ path, status: 'modified' as const })),
      title: '',
      body: '',
      diffLines: [],
    };
    expect(routeChanges(changes, shared).files).toEqual(routeChanges(changes, perPr).files);
  });
});
