// Runs the bundled action (dist/index.js) in a child process exactly as the GitHub runner does: inputs as
// INPUT_* variables (hyphens kept, as @actions/core reads them), the webhook payload in a file named by
// GITHUB_EVENT_PATH, outputs and the job summary written to files, the API at GITHUB_API_URL.
// Shared by the end-to-end tests, `npm run demo` and `npm run bench`.
//
// The runner checks out the action's repository and runs `node dist/index.js` with no node_modules anywhere: a
// package the bundle imports instead of carrying would fail there, at load, and nowhere here (the repository has
// node_modules). So the action runs from a copy of dist/ in a scratch folder, made once per process.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION_ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');

/** @type {string | undefined} */
let standaloneEntry;

/**
 * dist/index.js as the runner has it: a copy of dist/ and package.json outside this repository, so no
 * node_modules resolves.
 * Copied on first use and removed when this process exits.
 * @returns {string}
 */
export function standaloneActionEntry() {
  if (standaloneEntry === undefined) {
    const checkout = mkdtempSync(join(tmpdir(), 'rpr-action-checkout-'));
    cpSync(dirname(ACTION_ENTRY), join(checkout, 'dist'), { recursive: true });
    // Its "type": "module" tells Node the bundle is an ES module, as in the action's repository.
    cpSync(join(dirname(ACTION_ENTRY), '..', 'package.json'), join(checkout, 'package.json'));
    process.once('exit', () => rmSync(checkout, { recursive: true, force: true }));
    standaloneEntry = join(checkout, 'dist', 'index.js');
  }
  return standaloneEntry;
}

/**
 * @typedef {object} ActionRun
 * @property {number} code            the process exit code (1 when the step failed)
 * @property {string} stdout          workflow commands (::error …) and logs
 * @property {string} stderr
 * @property {Record<string, string>} outputs   parsed from GITHUB_OUTPUT
 * @property {string} summary         the job summary (GITHUB_STEP_SUMMARY)
 * @property {string} workspace       GITHUB_WORKSPACE used
 */

/**
 * @param {object} options
 * @param {string} options.apiUrl                 the emulator's URL
 * @param {string} options.repository             `owner/repo`
 * @param {string} options.eventName              `pull_request`, `pull_request_target`, `pull_request_review`, …
 * @param {object} options.event                  the webhook payload
 * @param {Record<string, string>} [options.inputs]  action inputs by their action.yml names (`max-reviewers`)
 * @param {string} [options.workspace]            GITHUB_WORKSPACE; a fresh empty folder by default
 * @param {Record<string, string>} [options.env]  extra environment
 * @param {string} [options.entry]                the script to run; a standalone copy of dist/index.js by default
 * @param {string} [options.token]                the token; a fake one by default
 * @returns {Promise<ActionRun>}
 */
export async function runAction(options) {
  const scratch = mkdtempSync(join(tmpdir(), 'rpr-run-'));
  const eventPath = join(scratch, 'event.json');
  const outputPath = join(scratch, 'output.txt');
  const summaryPath = join(scratch, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'rpr-workspace-'));

  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: options.event?.pull_request?.merge_commit_sha ?? '0'.repeat(40),
    GITHUB_REF: `refs/pull/${options.event?.pull_request?.number ?? 0}/merge`,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_JOB: 'route',
    GITHUB_ACTION: 'rust-patch-router',
    GITHUB_ACTOR: options.event?.sender?.login ?? 'octocat',
    RUNNER_TEMP: scratch,
    INPUT_TOKEN: options.token ?? 'ghs_emulatortoken0000000000000000000000',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const child = spawn(process.execPath, [options.entry ?? standaloneActionEntry()], { env, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (exitCode) => done(exitCode ?? 1));
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    workspace,
  };
}

/**
 * Reads the GITHUB_OUTPUT file format @actions/core writes: `name<<DELIMITER\nvalue\nDELIMITER\n`.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}
