/**
 * Every write to the PR goes through here, so that dry-run writes nothing and a read-only token (a fork's
 * PR under `pull_request`) degrades to report-only with one warning instead of failing the run.
 */
import { classifyRequestError, describeRequestFailure } from './request-failure.js';

export interface WriteGateOptions {
  /** Write nothing; say what would have been written. */
  dryRun: boolean;
  /** Shown once when the token turns out to be read-only. */
  warn: (message: string) => void;
  /** Told what a dry run skips. */
  info: (message: string) => void;
}

/** Gates the writes of one run and remembers what was not written, for the job summary. */
export class WriteGate {
  /** True once a write was refused with 403: the rest of the run writes nothing. */
  readOnly = false;
  /** What was not written (dry run or read-only token), in the words of `attempt`. */
  readonly skipped: string[] = [];
  readonly #options: WriteGateOptions;

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
    try {
      return await write();
    } catch (error) {
      const failure = classifyRequestError(error);
      if (failure.kind !== 'read-only') throw describeRequestFailure(attempt, error);
      this.readOnly = true;
      this.skipped.push(attempt);
      this.#options.warn(
        `The token cannot write to this repository (HTTP 403: ${failure.message}) when trying to ${attempt}. ` +
          'Pull requests from forks get a read-only token under the pull_request event. Continuing report-only: ' +
          'the outputs, the job summary and the step result still apply. To label and request reviews on fork ' +
          'pull requests, run on pull_request_target (it reads the policy at the base commit and runs no PR code).',
      );
      return undefined;
    }
  }
}
