/**
 * Issue 2's bad input, each through the real CLI: a clear `file:line:col: message` and exit code 2 (or a
 * correct routing), never a stack trace.
 */
import { cli, expectNoStackTrace, scratch } from './cli-helpers.js';

const POLICY = `version: 1
subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda]
    files: [rust/]
  - name: NETWORKING DRIVERS
    rust: opt-in
    maintainers: [kuba]
    files: [drivers/net/]
`;

describe('rust-patch-router on bad input', () => {
  it('malformed YAML names file:line:col and exits 2', () => {
    const dir = scratch({ 'maintainers.yml': 'version: 1\nsubsystems:\n  - name: RUST\n    files: [rust/\n' });
    const run = cli(['validate', '--config', 'maintainers.yml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^maintainers\.yml:\d+:\d+: /m);
    expectNoStackTrace(run);
  });

  it('an unknown stance is reported with a suggestion', () => {
    const dir = scratch({ 'maintainers.yml': POLICY.replace('rust: opt-in', 'rust: opt-inn') });
    const run = cli(['validate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^maintainers\.yml:8:11: .*opt-inn.*did you mean 'opt-in'/m);
  });

  it('a MAINTAINERS tag line before any section name is an error at its line', () => {
    const dir = scratch({ MAINTAINERS: 'F:\tdrivers/net/\n\nNETWORKING\nM:\tA B <a@b.c>\nF:\tnet/\n' });
    const run = cli(['validate', '--maintainers', 'MAINTAINERS'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^MAINTAINERS:1:\d+: F: line before any section name/m);
    expectNoStackTrace(run);
  });

  it('a 5 MB MAINTAINERS is read and routed', () => {
    const sections: string[] = [];
    for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
      const section = `DRIVER NUMBER ${i}\nM:\tMaint ${i} <m${i}@example.org>\nS:\tMaintained\nF:\tdrivers/d${i}/\nF:\tinclude/linux/d${i}.h\n\n`;
      sections.push(section);
      size += section.length;
    }
    const dir = scratch({ MAINTAINERS: sections.join('') });
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--files', 'drivers/d777/core.c', '--format', 'json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].subsystems).toEqual(['DRIVER NUMBER 777']);
  });

  it('an unclosed [ in a pattern names the pattern and where it is', () => {
    const dir = scratch({ 'maintainers.yml': POLICY.replace('files: [drivers/net/]', 'files: ["drivers/[ab"]') });
    const run = cli(['route', '--files', 'drivers/net/x.c'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^maintainers\.yml:10:\d+: .*drivers\/\[ab/m);
    expectNoStackTrace(run);
  });

  it('a catastrophic keyword regex against a 1 MB diff finishes and says the scan was capped', () => {
    const policy = `${POLICY}    keywords: ['(a+)+$', '(x+x+)+y']\n`;
    const line = `+${'a'.repeat(4000)}!\n`;
    const hunkLines = Math.ceil((1024 * 1024) / line.length) + 300;
    const patch = [
      'diff --git a/drivers/net/big.c b/drivers/net/big.c',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/drivers/net/big.c',
      `@@ -0,0 +1,${hunkLines} @@`,
      line.repeat(hunkLines).trimEnd(),
      '',
    ].join('\n');
    const dir = scratch({ 'maintainers.yml': policy, 'big.patch': patch });
    const run = cli(['route', '--patch', 'big.patch', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(decision.keywordScan.capped).toBe(true);
    expect(decision.files.map((file: { path: string }) => file.path)).toEqual(['drivers/net/big.c']);
  });

  it('a file that is not a patch is refused with exit 2', () => {
    const dir = scratch({ 'maintainers.yml': POLICY, 'notes.txt': 'Dear maintainers,\nplease merge my driver.\n' });
    const run = cli(['route', '--patch', 'notes.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^notes\.txt:1:1: .*not a patch/m);
    expectNoStackTrace(run);
  });

  it('paths with spaces and unicode route; a path with .. is refused', () => {
    const dir = scratch({ 'maintainers.yml': POLICY });
    const ok = cli(['route', '--files-from', '-', '--format', 'json'], {
      cwd: dir,
      input: 'drivers/net/my driver.rs\ndrivers/net/pilote-réseau.rs\n',
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files).toEqual([
      expect.objectContaining({ path: 'drivers/net/my driver.rs', owner: 'NETWORKING DRIVERS', decision: 'opt-in' }),
      expect.objectContaining({
        path: 'drivers/net/pilote-réseau.rs',
        owner: 'NETWORKING DRIVERS',
        decision: 'opt-in',
      }),
    ]);
    const bad = cli(['route', '--files-from', '-'], { cwd: dir, input: 'drivers/net/ok.c\nrust/../../etc/passwd\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>:2:\d+: .*\.\./m);
    expectNoStackTrace(bad);
  });

  it('an empty change set is a correct, empty routing', () => {
    const dir = scratch({ 'maintainers.yml': POLICY });
    const run = cli(['route', '--files-from', '-', '--format', 'json'], { cwd: dir, input: '' });
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(decision).toMatchObject({ files: [], labels: [], reviewers: [], blocked: false, holds: [] });
  });

  it('a missing policy file names it and exits 2', () => {
    const dir = scratch({});
    const run = cli(['route', '--config', 'nope.yml', '--files', 'a.c'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.yml');
    expectNoStackTrace(run);
  });

  it('an unknown flag suggests the right one', () => {
    const run = cli(['route', '--fles', 'a.c']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("did you mean '--files'");
  });
});
