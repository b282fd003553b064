#!/usr/bin/env node
// The command line: the bundled CLI entry, so `npx rust-patch-router` needs no build step.
import '../dist/cli.js';
