import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { unifiedDiff } from './unified-diff.js';

const diff = (a: string | undefined, b: string | undefined) =>
  unifiedDiff(a === undefined ? undefined : Buffer.from(a), b === undefined ? undefined : Buffer.from(b));

/** Applies a patch body to `old` (a test-side reference, independent of how the patch was made). */
function apply(old: string, patch: string): string {
  const lines = old === '' ? [] : old.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  const hunkLines = patch.split('\n');
  for (let i = 0; i < hunkLines.length; i++) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(hunkLines[i]);
    if (!header) throw new Error(`not a hunk header: ${hunkLines[i]}`);
    const count = header[2] === undefined ? 1 : Number(header[2]);
    const start = count === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (at < start) out.push(lines[at++]);
    for (i++; i < hunkLines.length && !hunkLines[i].startsWith('@@'); i++) {
      const line = hunkLines[i];
      if (line.startsWith('\\')) continue;
      if (line[0] === ' ' || line[0] === '-') {
        if (lines[at] !== line.slice(1)) throw new Error(`context mismatch at ${at}: '${lines[at]}' vs '${line}'`);
        at++;
      }
      if (line[0] === ' ' || line[0] === '+') out.push(line.slice(1));
    }
    i--;
  }
  while (at < lines.length) out.push(lines[at++]);
  return out.join('\n');
}

describe('unifiedDiff', () => {
  it("writes git's hunk for a one-line change, with the funcname context", () => {
    const before = 'fn probe() {\n    a();\n    b();\n    c();\n    d();\n    e();\n    f();\n}\n';
    const after = before.replace('    e();', '    e2();');
    expect(diff(before, after)).toEqual({
      patch: '@@ -3,6 +3,6 @@ fn probe() {\n     b();\n     c();\n     d();\n-    e();\n+    e2();\n     f();\n }',
      additions: 1,
      deletions: 1,
    });
  });

  it('writes added and removed files against an empty side, omitting a count of 1', () => {
    expect(diff(undefined, 'one\n').patch).toBe('@@ -0,0 +1 @@\n+one');
    expect(diff('one\ntwo\n', undefined).patch).toBe('@@ -1,2 +0,0 @@\n-one\n-two');
  });

  it('marks a last line without a newline as git does', () => {
    expect(diff('a\nb', 'a\nb\n').patch).toBe('@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b');
  });

  it('splits changes more than six unchanged lines apart into two hunks, and merges closer ones', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const far = [...lines];
    far[2] = 'X';
    far[15] = 'Y';
    const near = [...lines];
    near[2] = 'X';
    near[9] = 'Y';
    const text = (l: string[]) => `${l.join('\n')}\n`;
    expect(diff(text(lines), text(far)).patch?.match(/^@@/gm)).toHaveLength(2);
    expect(diff(text(lines), text(near)).patch?.match(/^@@/gm)).toHaveLength(1);
  });

  it('keeps the patch of a file the same when unrelated lines move it (a clean rebase)', () => {
    const body = 'fn a() {\n    zero();\n    one();\n    half();\n    two();\n    three();\n}\n';
    const edit = (s: string) => s.replace('two();', 'two(1);');
    const shifted = `// header\n// more\n${body}`;
    const strip = (p: string | undefined) => p?.replace(/^@@ [^@]+ @@/gm, '@@');
    expect(strip(diff(shifted, edit(shifted)).patch)).toBe(strip(diff(body, edit(body)).patch));
  });

  it('gives no patch for binary content', () => {
    expect(diff('a\0b', 'a\0c')).toEqual({ additions: 0, deletions: 0 });
  });

  it('produces patches that turn the old text into the new one', () => {
    const line = fc.constantFrom('fn a() {', '}', '', 'x', 'y', '    return 0;', 'int z;');
    const file = fc.array(line, { maxLength: 25 }).map((l) => (l.length === 0 ? '' : `${l.join('\n')}\n`));
    fc.assert(
      fc.property(file, file, (a, b) => {
        const { patch, additions, deletions } = diff(a, b);
        if (a === b) return patch === '' && additions === 0 && deletions === 0;
        return apply(a, patch ?? '') === b.replace(/\n$/, '');
      }),
      { numRuns: 300 },
    );
  });
});
