/**
 * Every write to the PR goes through here, so that dry-run writes nothing, a read-only token (a fork's PR
 * under `pull_request`) degrades to report-only with one warning instead of failing the run, and a run whose
 * facts went stale before its first write (the PR's head moved) writes nothing at all.
 */
import { classifyRequestError, describeRequestFailure } from './request-failure.js';

export interface WriteGateOptions {
  /** Write nothing; say what would have been written. */
  dryRun: boolean;
  /** Shown once when the token turns out to be read-only. */
  warn: (message: string) => void;
  /** Told what a dry run skips. */
  info: (message: string) => void;
  /**
   * Checked once, just before the first write: null to go on, or why this run must write nothing (e.g. the
   * PR's head moved since its facts were read: the newer run decides). It may throw to abandon the run.
   */
  beforeFirstWrite?: () => Promise<string | null>;
}

/** Gates the writes of one run and remembers what was not written, for the job summary. */
export class WriteGate {
  /** True once a write was refused with 403: the rest of the run writes nothing. */
  readOnly = false;
  /** What was not written (dry run, read-only token, superseded run), in the words of `attempt`. */
  readonly skipped: string[] = [];
  /** Why this run writes nothing (from `beforeFirstWrite`), or null. */
  superseded: string | null = null;
  /** Writes made so far. */
  written = 0;
  readonly #options: WriteGateOptions;
  #checked: Promise<void> | null = null;

  constructor(options: WriteGateOptions) {
    this.#options = { ...options };
  }

  /** True when this run writes nothing by request (`dry-run`). */
  get dryRun(): boolean {
    return this.#options.dryRun;
  }

  /**
   * Runs `write` unless writing is off, e.g. `await gate.write('add labels to #12', () => addLabels(…))`.
   * Returns undefined when the write was skipped or refused for lack of permission; any other failure is
   * rethrown naming the attempt.
   */
  async write<T>(attempt: string, write: () => Promise<T>): Promise<T | undefined> {
    if (this.#options.dryRun) {
      this.#options.info(`dry-run: would ${attempt}`);
      this.skipped.push(attempt);
      return undefined;
    }
    if (this.readOnly) {
      this.skipped.push(attempt);
      return undefined;
    }
    await this.check();
    if (this.superseded !== null) {
      this.skipped.push(attempt);
      return undefined;
    }
    try {
      const result = await write();
      this.written++;
      return result;
    } catch (error) {
      const failure = classifyRequestError(error);
      if (failure.kind !== 'read-only') throw describeRequestFailure(attempt, error);
      this.readOnly = true;
      this.skipped.push(attempt);
      this.#options.warn(
        `The token cannot write to this repository (HTTP 403: ${failure.message}) when trying to ${attempt}. ` +
          'Pull requests from forks get a read-only token under pull_request and pull_request_review; otherwise ' +
          'the workflow lacks a permission (contents: read, pull-requests: write, issues: write, statuses: write). ' +
          'Continuing report-only: no label, review request, comment or commit status is written; the outputs, the ' +
          'job summary and the step result still apply. To write them on fork pull requests, run on ' +
          'pull_request_target (it reads the policy at the base commit and runs no PR code).',
      );
      return undefined;
    }
  }

  /**
   * Runs `beforeFirstWrite` (once; later calls wait for the same answer). Callers that plan a write from
   * facts the check refreshes (the labels) call it first themselves; `write` calls it in any case.
   */
  async check(): Promise<void> {
    const before = this.#options.beforeFirstWrite;
    if (before === undefined || this.#options.dryRun) return;
    this.#checked ??= before().then((reason) => {
      if (reason !== null) {
        this.superseded = reason;
        this.#options.warn(reason);
      }
    });
    await this.#checked;
  }
}
