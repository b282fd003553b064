// `npm run bundle` (and `build`): builds dist/index.js (the action) and dist/cli.cjs (the CLI) with rollup, then
// records what it built from in dist/bundle-stamp.json, committed with dist/.
//
// `node scripts/bundle.js --if-stale` (what `npm test` runs before the end-to-end tests, which run dist/)
// skips the bundle only when the stamp shows that dist/ is exactly what this script built from exactly the
// current inputs: every non-test file of src/, the rollup and TypeScript configs, package.json and the lockfile.
// So a fresh clone of a commit whose dist/ was bundled from its sources tests that dist/ without bundling again;
// a changed source, a checked-out branch or an edited dist/ bundles again. The stamp is only a digest: CI bundles
// for real and fails when dist/ differs from what it built (.ci/run, .github/workflows/ci.yml); a stamp that lags
// only costs a bundle.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP_NAME = 'bundle-stamp.json';
const STAMP = join(ROOT, 'dist', STAMP_NAME);
const CONFIGS = ['rollup.config.js', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Files under src/ that rollup never reads: tests, test helpers, test fixtures. */
const NOT_BUNDLED = /\.test(-helper)?\.ts$|\/fixtures\//;

function filesUnder(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(ROOT, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

/** One digest over the paths and contents of `files`. */
function digest(files) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

const inputs = () => digest([...CONFIGS, ...filesUnder('src').filter((file) => !NOT_BUNDLED.test(file))]);
const outputs = () =>
  existsSync(join(ROOT, 'dist')) ? digest(filesUnder('dist').filter((file) => file !== `dist/${STAMP_NAME}`)) : null;

if (process.argv.includes('--if-stale') && existsSync(STAMP)) {
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (stamp.inputs === inputs() && stamp.outputs === outputs()) {
    console.log(`dist/ is the bundle of the current sources (dist/${STAMP_NAME}): not bundling again.`);
    process.exit(0);
  }
}

const rollup = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '--config', 'rollup.config.js'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (rollup.status !== 0) process.exit(rollup.status ?? 1);

mkdirSync(dirname(STAMP), { recursive: true });
writeFileSync(STAMP, `${JSON.stringify({ inputs: inputs(), outputs: outputs() }, null, 2)}\n`);
