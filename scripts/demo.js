// `npm run demo`: what rust-patch-router does, on the built-in examples.
//  1. The CLI routes the example patches in examples/prs/ against ./maintainers.yml.
//  2. The bundled action (dist/index.js) runs on a sample PR against the local GitHub emulator exactly as
//     a runner would, then again after a maintainer's approval. The repository requires the action's commit
//     status, as the README says to: after each run the demo shows that status on the head commit, tries to
//     merge the PR the way the Merge button does (refused, then allowed), and prints the PR's labels,
//     reviewers, comment and the job summary.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/index.js';
import { runAction } from '../emulator/run-action.js';
import { pullRequestEvent, pullRequestReviewEvent } from '../emulator/webhook-payloads.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const policyText = readFileSync(join(root, 'maintainers.yml'), 'utf8');
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const rule = (title) => console.log(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(0, 74 - title.length))}`)}`);
const EXIT_MEANING = { 0: 'routed', 1: 'blocked', 2: 'bad input' };

rule('1. The CLI: route each example patch against maintainers.yml');
for (const name of readdirSync(join(root, 'examples', 'prs')).sort()) {
  const patch = join('examples', 'prs', name);
  console.log(`\n$ rust-patch-router route --config maintainers.yml --patch ${patch}`);
  const cli = spawnSync(process.execPath, ['dist/cli.cjs', 'route', '--config', 'maintainers.yml', '--patch', patch], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(cli.stdout);
  process.stdout.write(cli.stderr);
  console.log(`(exit ${cli.status}: ${EXIT_MEANING[cli.status] ?? 'unexpected'})`);
  if (cli.status !== 0 && cli.status !== 1) process.exitCode = 1;
}

rule('2. The action: a PR against the local GitHub emulator');
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const emu = await startEmulator({ owner: 'linux', repo: 'linux' });
try {
  emu.addCommit(BASE, { 'maintainers.yml': policyText }, []);
  emu.addCommit(HEAD, { 'maintainers.yml': policyText }, BASE);
  // Settings → Rules → Rulesets: "Require status checks to pass", the rust-patch-router status from GitHub Actions.
  emu.addRuleset({
    name: 'rust-patch-router gate',
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [{ context: 'rust-patch-router', integration_id: 15368 }],
        },
      },
    ],
  });
  emu.addCollaborators([
    'fujita',
    'tmgross',
    'andrew-lunn',
    'hkallweit',
    'rmk-armlinux',
    'axboe',
    'mszyprow',
    'hch-lst',
  ]);
  const pr = { number: 42 };
  emu.addPullRequest({
    number: pr.number,
    title: 'net: phy: Rust PHY support, and a Rust DMA pool',
    body: 'Adds a PHY id to the Rust ASIX driver and, as an RFC, a Rust coherent DMA pool.',
    user: 'newcomer',
    base: { sha: BASE, ref: 'main' },
    // A branch of this repository: its review runs get a token that can write the status (a fork's do not;
    // see README, "With pull_request_target").
    head: { sha: HEAD, ref: 'rust-phy' },
    files: [
      { filename: 'drivers/net/phy/ax88796b_rust.rs', status: 'modified', additions: 12, deletions: 0 },
      { filename: 'drivers/net/phy/Kconfig', status: 'modified', additions: 1, deletions: 1 },
      { filename: 'kernel/dma/pool.rs', status: 'added', additions: 14, deletions: 0 },
      { filename: 'block/blk-mq.c', status: 'modified', additions: 1, deletions: 1 },
    ],
  });
  const show = async (title, event, eventName) => {
    emu.resetLog();
    const run = await runAction({ apiUrl: emu.url, repository: 'linux/linux', eventName, event });
    const state = emu.pull(pr.number);
    console.log(`\n${bold(title)}`);
    const status = emu
      .statuses(HEAD)
      .filter((s) => s.context === 'rust-patch-router')
      .at(-1);
    console.log(
      bold(
        `commit status on ${HEAD.slice(0, 7)}: rust-patch-router ${status?.state ?? '(none)'} — ${status?.description ?? ''}`,
      ),
    );
    const where =
      eventName === 'pull_request_target' ? 'lands on the base branch: the status above is the gate' : 'is the PR’s';
    console.log(`exit code: ${run.code} (the job's own check, which ${where})`);
    console.log(`labels: ${state.labels.join(', ') || '(none)'}`);
    console.log(`requested reviewers: ${state.requestedReviewers.join(', ') || '(none)'}`);
    console.log(`requested teams: ${state.requestedTeams.join(', ') || '(none)'}`);
    console.log(`API requests: ${emu.requests.length} (writes: ${emu.writes().length})`);
    const comment = state.comments.at(-1);
    console.log(`\n--- sticky comment (${state.comments.length} on the PR) ---\n${comment?.body ?? '(none)'}`);
    console.log(`\n--- job summary ---\n${run.summary}`);
    const warnings = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error') || line.startsWith('::warning'));
    if (warnings.length > 0) console.log(`--- annotations ---\n${warnings.join('\n')}`);
    if (emu.violations.length > 0) {
      console.log(`OpenAPI violations: ${JSON.stringify(emu.violations, null, 2)}`);
      process.exitCode = 1;
    }
    return run;
  };

  /** Presses Merge: `PUT /pulls/{n}/merge`, as a maintainer's token would, and says what GitHub answered. */
  const tryToMerge = async () => {
    const answer = await globalThis.fetch(`${emu.url}/repos/linux/linux/pulls/${pr.number}/merge`, {
      method: 'PUT',
      headers: { authorization: 'token ghp_maintainer', 'content-type': 'application/json' },
      body: JSON.stringify({ sha: HEAD }),
    });
    const body = await answer.json();
    const verdict = answer.ok ? 'merged' : 'refused';
    console.log(bold(`merge attempt: HTTP ${answer.status}, ${verdict}: ${body.message}`));
    return answer.ok;
  };

  await show(
    'First run (pull_request_target: opened)',
    pullRequestEvent(emu, pr.number, 'opened'),
    'pull_request_target',
  );
  // Blocked: the required status is `failure` on the head commit, so GitHub refuses the merge.
  if (await tryToMerge()) process.exitCode = 1;
  emu.addReview(pr.number, { user: 'mszyprow', state: 'APPROVED', commit_id: HEAD });
  await show(
    'After a DMA maintainer approves (pull_request_review: submitted)',
    pullRequestReviewEvent(emu, pr.number, 'mszyprow', 'approved'),
    'pull_request_review',
  );
  // The ack lifted the hold: the status is `success` on the same commit, and the merge goes through.
  if (!(await tryToMerge())) process.exitCode = 1;
} finally {
  await emu.close();
}
