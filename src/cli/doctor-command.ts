/**
 * `doctor --repo owner/name`: is this repository set up so the gate binds? Reads the repository's rulesets,
 * branch protection, workflows, token permissions, collaborators and policy through the API
 * (github/read-repository-setup.ts), runs the pure checks (src/doctor/) and prints each problem with its fix.
 * Exit 0 all good, 1 problems found, 2 could not check (docs/CLI.md, "doctor").
 */
import { diagnose, exitCodeOf } from '../doctor/diagnose.js';
import { renderReportJson, renderReportText } from '../doctor/render-report.js';
import type { DoctorReport } from '../doctor/types.js';
import { InputError, sourceError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import { readRepositorySetup } from '../github/read-repository-setup.js';
import type { CliIo } from './io.js';

export interface DoctorOptions {
  /** `owner/name`; defaults to GITHUB_REPOSITORY (set inside GitHub Actions). */
  repo?: string;
  /** The branch to check; defaults to the repository's default branch. */
  branch?: string;
  /** The policy's path in the repository; defaults to the workflow's `config` input, else maintainers.yml. */
  config?: string;
  format: string;
}

/** The environment doctor reads: the token and the API root, as GitHub Actions and `gh` name them. */
export interface DoctorEnv {
  GITHUB_TOKEN?: string;
  GH_TOKEN?: string;
  GITHUB_API_URL?: string;
  GITHUB_REPOSITORY?: string;
}

const DEFAULT_API_URL = 'https://api.github.com';
const EXIT_COULD_NOT_CHECK = 2;

/** `owner/name`: GitHub's login rule for the owner, and a repository name of letters, digits, `-`, `_`, `.`. */
const REPOSITORY = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/[\w.-]{1,100}$/;

export async function runDoctor(options: DoctorOptions, io: CliIo, env: DoctorEnv = process.env): Promise<number> {
  const format = options.format === 'json' ? 'json' : 'text';
  if (options.format !== 'text' && options.format !== 'json') {
    throw new InputError([
      sourceError('BAD_ARGUMENT', `doctor --format is text or json, not '${options.format}'`, '--format'),
    ]);
  }
  const repository = options.repo ?? env.GITHUB_REPOSITORY;
  if (repository === undefined || repository === '') {
    throw new InputError([sourceError('BAD_ARGUMENT', 'doctor needs --repo owner/name', '--repo')]);
  }
  if (!REPOSITORY.test(repository)) {
    throw new InputError([sourceError('BAD_ARGUMENT', `--repo takes owner/name, not '${repository}'`, '--repo')]);
  }
  const print = (report: DoctorReport) =>
    io.stdout(format === 'json' ? renderReportJson(report) : renderReportText(report));
  const couldNotCheck = (message: string, fix: string) => {
    print({
      repository,
      branch: options.branch ?? '(default branch)',
      findings: [{ check: 'repository', severity: 'not-checked', message, fix }],
      checks: [{ check: 'repository', outcome: 'not-checked' }],
    });
    return EXIT_COULD_NOT_CHECK;
  };

  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    return couldNotCheck(
      'No token: doctor reads the repository through the API and needs GITHUB_TOKEN.',
      'Set GITHUB_TOKEN to a token that can read the repository, e.g. `GITHUB_TOKEN=$(gh auth token)`; an admin ' +
        "token also lets doctor read branch protection and the workflows' default permissions.",
    );
  }
  const [owner, repo] = repository.split('/');
  const client = createGitHubClient(token, {
    baseUrl: (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ''),
    log: (message) => io.stderr(`${message}\n`),
  });
  let report: DoctorReport;
  try {
    const setup = await readRepositorySetup(
      client,
      { owner, repo },
      { branch: options.branch, config: options.config },
    );
    report = diagnose(setup);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return couldNotCheck(
      `${message}${/HTTP 404/.test(message) ? ' (the repository does not exist, or the token cannot see it)' : ''}.`,
      'Check --repo, GITHUB_API_URL and that the token can read the repository.',
    );
  }
  await print(report);
  return exitCodeOf(report);
}
