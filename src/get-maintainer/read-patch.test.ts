import { readPatchLikeGetMaintainer } from './read-patch.js';

const PATCH = [
  'From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001',
  'From: A Developer <dev@example.org>',
  'Subject: [PATCH] libbpf: fix a typo',
  '',
  'Fixes: 0123456789ab ("libbpf: add")',
  '---',
  ' tools/lib/bpf/libbpf.c | 2 +-',
  '',
  'diff --git a/tools/lib/bpf/libbpf.c b/tools/lib/bpf/libbpf.c',
  'index 1111111..2222222 100644',
  '--- a/tools/lib/bpf/libbpf.c',
  '+++ b/tools/lib/bpf/libbpf.c',
  '@@ -10,3 +10,3 @@ static int load(void)',
  ' {',
  '-	/* retrun */',
  '+	/* return */',
  'diff --git a/old.c b/new.c',
  'similarity index 90%',
  'rename from old.c',
  'rename to new.c',
  'diff --git a/run.sh b/run.sh',
  ' mode change 100644 => 100755 run.sh',
  'diff --git a/kernel/dma/pool.rs b/kernel/dma/pool.rs',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/kernel/dma/pool.rs',
  '+//! Rust',
  '',
].join('\n');

describe('readPatchLikeGetMaintainer', () => {
  const read = readPatchLikeGetMaintainer(PATCH);

  it('names every path get_maintainer.pl names, /dev/null as dev/null, sorted and once', () => {
    expect(read.files).toEqual([
      'dev/null',
      'kernel/dma/pool.rs',
      'new.c',
      'old.c',
      'run.sh',
      'tools/lib/bpf/libbpf.c',
    ]);
    expect(read.noFiles).toBe(false);
  });

  it('takes the commit each Fixes: line names (6 to 40 hex digits), once, and searches no keyword in that line', () => {
    expect(read.fixes).toEqual(['0123456789ab']);
    const more = readPatchLikeGetMaintainer(
      'Fixes: abcdef0 ("a")\nFixes: 12345 ("too short")\nFixes: ABCDEF0123 ("b")\nFixes: abcdef0 ("again")\n x Fixes: 999999\n',
    );
    expect(more.fixes).toEqual(['abcdef0', 'ABCDEF0123']);
  });

  it('searches every intro line in full (diffstat and index line included), then only +/- lines without the marker', () => {
    expect(read.keywordLines).toEqual([
      'From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001',
      'From: A Developer <dev@example.org>',
      'Subject: [PATCH] libbpf: fix a typo',
      '',
      '---',
      ' tools/lib/bpf/libbpf.c | 2 +-',
      '',
      'index 1111111..2222222 100644',
      '\t/* retrun */',
      '\t/* return */',
      '//! Rust',
    ]);
  });

  it('a text without a path names none (get_maintainer.pl: "doesn\'t appear to be a patch")', () => {
    expect(readPatchLikeGetMaintainer('Dear maintainers,\nplease merge.\n')).toEqual({
      files: [],
      keywordLines: ['Dear maintainers,', 'please merge.'],
      noFiles: true,
      fixes: [],
    });
  });
});
