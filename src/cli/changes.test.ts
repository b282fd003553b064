import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from './args.js';
import { LARGE_INPUT_CHARS, readRouteInput } from './changes.js';

/**
 * `onLargeInput` is how `route` prepares V8 for a tree-wide run (route-command.ts, keepYoungGenerationSmall):
 * it must come once, and before the large input is parsed — after, the young generation has already grown.
 */
describe('readRouteInput tells the caller, once, when an input is large', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rpr-changes-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tree = () => ({ root: dir, explicit: false });
  /** A path list of at least `chars` characters: drivers/x/file0.c, drivers/x/file1.c, … */
  function pathList(name: string, chars: number): string {
    const lines: string[] = [];
    for (let length = 0, at = 0; length < chars; at++) {
      lines.push(`drivers/x/file${at}.c`);
      length += lines[lines.length - 1].length + 1;
    }
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    return join(dir, name);
  }
  /** Runs readRouteInput, counting the calls of onLargeInput. */
  async function calls(argv: string[]): Promise<{ calls: number; routed: number }> {
    let calls = 0;
    const input = await readRouteInput(parseCliArgs(['route', ...argv]), dir, tree(), () => {
      calls += 1;
    });
    return { calls, routed: input.changes.files.length };
  }

  it('a list of at least LARGE_INPUT_CHARS characters: once', async () => {
    const list = pathList('large.txt', LARGE_INPUT_CHARS);
    const run = await calls(['--files-from', list]);
    expect(run.calls).toBe(1);
    expect(run.routed).toBeGreaterThan(10_000);
  });

  it('a large patch: once, and a large list with it: still once', async () => {
    const added = Array.from({ length: LARGE_INPUT_CHARS / 16 }, (_, at) => `+line ${at} of code\n`).join('');
    const lines = added.split('\n').length - 1;
    writeFileSync(
      join(dir, 'large.patch'),
      `diff --git a/rust/kernel/big.rs b/rust/kernel/big.rs\n--- /dev/null\n+++ b/rust/kernel/big.rs\n@@ -0,0 +1,${lines} @@\n${added}`,
    );
    expect((await calls(['--patch', join(dir, 'large.patch')])).calls).toBe(1);
    const list = pathList('large.txt', LARGE_INPUT_CHARS);
    expect((await calls(['--files-from', list, '--patch', join(dir, 'large.patch')])).calls).toBe(1);
  });

  it('a short list, a handful of paths, a small patch: never', async () => {
    const list = pathList('small.txt', LARGE_INPUT_CHARS - 100);
    expect((await calls(['--files-from', list])).calls).toBe(0);
    expect((await calls(['--files', 'rust/kernel/lib.rs', 'drivers/net/phy/ax88796b_rust.rs'])).calls).toBe(0);
    writeFileSync(
      join(dir, 'small.patch'),
      'diff --git a/rust/kernel/lib.rs b/rust/kernel/lib.rs\n--- a/rust/kernel/lib.rs\n+++ b/rust/kernel/lib.rs\n@@ -1 +1 @@\n-a\n+b\n',
    );
    expect((await calls(['--patch', join(dir, 'small.patch')])).calls).toBe(0);
  });
});
