/**
 * What one line of an interface file names: the forms 6.12's rust/ tree uses (`grep -rn srctree rust/`), and
 * the look-alikes that must not count.
 */
import { headersInLine, headersInText } from './named-headers.js';

const RS = 'rust/kernel/x.rs';
const HELPER = 'rust/helpers/x.c';
const BINDINGS = 'rust/bindings/bindings_helper.h';

describe('headersInLine', () => {
  it.each<[string, string, string[]]>([
    // Rust doc comments, the forms of 6.12
    [RS, '//! C header: [`include/linux/rbtree.h`](srctree/include/linux/rbtree.h)', ['include/linux/rbtree.h']],
    [RS, '//! C headers: [`include/linux/phy.h`](srctree/include/linux/phy.h).', ['include/linux/phy.h']],
    [RS, '/// C header: [`include/linux/init.h`](srctree/include/linux/init.h)', ['include/linux/init.h']],
    [RS, '/// [`struct mutex`]: srctree/include/linux/mutex.h', ['include/linux/mutex.h']],
    [RS, '    /// [`struct list_head`]: srctree/include/linux/types.h', ['include/linux/types.h']],
    [
      RS,
      '//! C header: [`include/uapi/asm-generic/errno-base.h`](srctree/include/uapi/asm-generic/errno-base.h)',
      ['include/uapi/asm-generic/errno-base.h'],
    ],
    // two links on one line; a fragment; a `<…>`-wrapped definition
    [
      RS,
      '//! See [`a`](srctree/include/linux/a.h) and [`b`](srctree/include/linux/b.h#L10).',
      ['include/linux/a.h', 'include/linux/b.h'],
    ],
    [RS, '/// [`x`]: <srctree/include/linux/x.h>', ['include/linux/x.h']],
    // not doc comments, or not headers
    [RS, '// [`struct mutex`]: srctree/include/linux/mutex.h', []],
    [RS, '//// [`struct mutex`]: srctree/include/linux/mutex.h', []],
    [RS, 'let s = "[`x`](srctree/include/linux/x.h)";', []],
    [RS, '/// [`rust/kernel/str.rs`](srctree/rust/kernel/str.rs)', []],
    [RS, '/// [`Documentation`](srctree/Documentation/rust/index.rst)', []],
    [RS, '/// [`x`](srctree/../etc/x.h)', []],
    [RS, '#include <linux/mutex.h>', []],
    // C includes
    [HELPER, '#include <linux/blk-mq.h>', ['include/linux/blk-mq.h']],
    [HELPER, '#  include   <kunit/test-bug.h>', ['include/kunit/test-bug.h']],
    [HELPER, '#include <uapi/linux/android/binder.h>', ['include/uapi/linux/android/binder.h']],
    [HELPER, '#include <drm/drm_gem.h>', ['include/drm/drm_gem.h']],
    [HELPER, '#include <asm-generic/ioctl.h>', ['include/asm-generic/ioctl.h']],
    [HELPER, '#include "local.h"', ['rust/helpers/local.h']],
    [HELPER, '#include "../uapi/uapi_helper.h"', ['rust/uapi/uapi_helper.h']],
    [BINDINGS, '#include <linux/phy.h>', ['include/linux/phy.h']],
    // asm/ has no single file, generated/ is a build output, helpers.c's "blk.c" names no header
    [HELPER, '#include <asm/page.h>', []],
    [HELPER, '#include <generated/utsrelease.h>', []],
    ['rust/helpers/helpers.c', '#include "blk.c"', []],
    [HELPER, '// #include <linux/phy.h>', []],
    [HELPER, ' * #include <linux/phy.h>', []],
    [HELPER, '#include "../../../../x.h"', []],
    [HELPER, '/// [`x`]: srctree/include/linux/x.h', []],
    // neither Rust nor C
    ['rust/Makefile', '#include <linux/phy.h>', []],
  ])('headersInLine %s %j → %j', (path, line, expected) => {
    expect(headersInLine(path, line)).toEqual(expected);
  });
});

describe('headersInText', () => {
  it('headersInText sorts and names each header once', () => {
    const text =
      '/// [`a`]: srctree/include/linux/b.h\n//! [`a`](srctree/include/linux/a.h)\n/// [`b`]: srctree/include/linux/b.h\n';
    expect(headersInText(RS, text)).toEqual(['include/linux/a.h', 'include/linux/b.h']);
  });

  /** What reading every line gives: headersInText only skips the lines that cannot name a header. */
  const everyLine = (path: string, text: string) =>
    [...new Set(text.split('\n').flatMap((line) => headersInLine(path, line)))].sort();

  it.each<[string, string]>([
    [RS, '/// [`a`](srctree/include/linux/a.h) and [`c`](srctree/include/linux/c.h)\n'],
    [RS, 'fn f() {}\n// srctree/include/linux/z.h\n/// [`b`]: srctree/include/linux/b.h'],
    [RS, '//! srctree/ twice: [`a`](srctree/include/a.h)\r\n/// [`b`]: srctree/include/b.h\r\n'],
    [RS, 'srctree/include/linux/a.h\n'],
    [HELPER, '#include <linux/a.h>\n// #include <linux/z.h>\n#include "local.h"\nint include;\n#include <linux/b.h>'],
    [BINDINGS, '/* includes */\n  #  include <linux/a.h>\n#include <asm/z.h>\n'],
    [RS, ''],
    ['rust/Makefile', 'srctree/include/linux/a.h\n#include <linux/b.h>\n'],
  ])('%s: the same as reading every line of %j', (path, text) => {
    expect(headersInText(path, text)).toEqual(everyLine(path, text));
  });
});
