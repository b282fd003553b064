import { policyOf } from './policy-of.test-helper.js';
import { compilePolicy } from './compile-policy.js';

const POLICY = `version: 1
rust:
  files: ['**/*.rs', 'build/*.toml']
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
    keywords: ['\\bunsafe\\b']
  - name: KBUILD
    maintainers: [masahiroy]
    files: [scripts/Makefile*]
`;

describe('compilePolicy', () => {
  it('compiles the path index, the keyword index and rust.files once, for routing', () => {
    const { value: compiled, errors, warnings } = compilePolicy(policyOf(POLICY));
    expect([errors, warnings]).toEqual([[], []]);
    expect(compiled.policy.subsystems.map((s) => s.name)).toEqual(['RUST', 'KBUILD']);
    expect(compiled.index.match('rust/kernel/str.rs').map((m) => m.subsystem)).toEqual([0]);
    expect(compiled.index.match('scripts/Makefile.build').map((m) => m.subsystem)).toEqual([1]);
    expect(compiled.keywords.scan(['an unsafe block'], 1024).hits.map((hit) => hit.subsystem)).toEqual([0]);
    expect(['rust/kernel/str.rs', 'build/Cargo.toml', 'rust/Makefile'].map(compiled.isRust)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('uses isDirectory for literal patterns that name a directory without their trailing slash', () => {
    const policy = policyOf(POLICY.replace('files: [rust/]', 'files: [rust]'));
    const asFile = compilePolicy(policy).value;
    const asDirectory = compilePolicy(policy, { isDirectory: (pattern) => pattern === 'rust' }).value;
    expect(asFile.index.match('rust/kernel/str.rs')).toEqual([]);
    expect(asDirectory.index.match('rust/kernel/str.rs').map((m) => m.subsystem)).toEqual([0]);
  });

  it('passes every bad pattern through with its file:line, and still compiles the good ones', () => {
    const bad = POLICY.replace("keywords: ['\\bunsafe\\b']", "keywords: ['(unclosed']\n    names: ['[z-a]']");
    const { value: compiled, errors } = compilePolicy(policyOf(bad));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'BAD_REGEX', file: 'maintainers.yml', line: 10 }),
      expect.objectContaining({ code: 'BAD_REGEX', file: 'maintainers.yml', line: 9 }),
    ]);
    expect(compiled.index.match('rust/x.rs').map((m) => m.subsystem)).toEqual([0]);
  });
});
