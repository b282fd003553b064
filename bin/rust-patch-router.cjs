#!/usr/bin/env node
// The command line: the bundled CLI entry, so `npx rust-patch-router` needs no build step. CommonJS, as the
// bundle is: Node then loads the whole CLI without its ES module loader (docs/PERFORMANCE.md).
require('../dist/cli.cjs');
