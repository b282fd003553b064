/**
 * The one place that reads an Octokit RequestError's status and turns it into what it means for us. The
 * retry and throttling plugins have already retried what was transient by the time an error gets here.
 */

/**
 * A 403 means different things, told apart by GitHub's message (docs/GATE.md, "Errors"):
 * - `read-only`: "Resource not accessible by integration" (GITHUB_TOKEN or an App: a fork's token under
 *   `pull_request`, or a permission missing from the workflow) or "… by personal access token". The run
 *   degrades to report-only.
 * - `locked`: "Unable to create comment because issue is locked." The comment is skipped, nothing else.
 * - `forbidden`: any other 403 (a file too large for the contents API, an admin-only setting…): an error,
 *   named.
 * - `not-found`: 404 (a missing file at a commit, an absent label being removed).
 * - `rejected`: 422, GitHub refused the content (a non-collaborator reviewer, an existing label).
 * - `rate-limited`: a rate limit still exhausted after the throttling plugin's retries.
 * - `failed`: anything else (5xx after retries, network errors, 401…).
 */
export type FailureKind = 'read-only' | 'locked' | 'forbidden' | 'not-found' | 'rejected' | 'rate-limited' | 'failed';

export interface RequestFailure {
  kind: FailureKind;
  /** The HTTP status, 0 when no response came back. */
  status: number;
  /** GitHub's message, e.g. "Reviews may only be requested from collaborators." */
  message: string;
}

/** GitHub marks rate-limit 403/429 answers by message or by an exhausted remaining count. */
const RATE_LIMIT_MESSAGE = /rate limit/i;

/** A token that may not write here (observed wording for App/GITHUB_TOKEN and fine-grained PATs). */
const READ_ONLY_MESSAGE = /resource not accessible by (integration|personal access token)/i;

/** A locked conversation refusing a comment (observed: "Unable to create comment because issue is locked."). */
const LOCKED_MESSAGE = /\bis locked\b/i;

/**
 * Classifies anything a client call threw.
 *
 * @example classifyRequestError(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))
 *   // → { kind: 'read-only', status: 403, message: 'Resource not accessible by integration' }
 */
export function classifyRequestError(error: unknown): RequestFailure {
  // describeRequestFailure wraps the RequestError: classify the HTTP answer, not the wrapper.
  if (statusOf(error) === 0 && error instanceof Error && error.cause !== undefined && statusOf(error.cause) !== 0) {
    return classifyRequestError(error.cause);
  }
  const status = statusOf(error);
  const message = messageOf(error);
  // GraphQL answers a spent budget with HTTP 200 and an error of type RATE_LIMITED (docs/GITHUB-PLATFORM.md).
  if (graphqlErrorTypes(error).includes('RATE_LIMITED')) return { kind: 'rate-limited', status, message };
  if (status === 429 || (status === 403 && (RATE_LIMIT_MESSAGE.test(message) || remainingIsZero(error)))) {
    return { kind: 'rate-limited', status, message };
  }
  if (status === 403 && READ_ONLY_MESSAGE.test(message)) return { kind: 'read-only', status, message };
  if (status === 403 && LOCKED_MESSAGE.test(message)) return { kind: 'locked', status, message };
  if (status === 403) return { kind: 'forbidden', status, message };
  if (status === 404) return { kind: 'not-found', status, message };
  if (status === 422) return { kind: 'rejected', status, message };
  return { kind: 'failed', status, message };
}

/**
 * Wraps a failure with what was being attempted, keeping the cause, so the log says which call failed.
 *
 * @example describeRequestFailure('add labels to #12', err).message
 *   // → 'Could not add labels to #12: HTTP 502 Bad Gateway'
 */
export function describeRequestFailure(attempt: string, error: unknown): Error {
  const { status, message } = classifyRequestError(error);
  const what = status === 0 ? message : `HTTP ${status} ${message}`;
  return new Error(`Could not ${attempt}: ${what}`, { cause: error });
}

/**
 * True when a 422 lists `code` among GitHub's error details (e.g. `already_exists` for a label that
 * another run created first).
 */
export function hasErrorCode(error: unknown, code: string): boolean {
  const details = responseData(error)?.errors;
  return Array.isArray(details) && details.some((d) => typeof d === 'object' && d !== null && d.code === code);
}

function statusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return 0;
}

function messageOf(error: unknown): string {
  const data = responseData(error);
  if (data && typeof data.message === 'string') return data.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

function responseData(error: unknown): { message?: unknown; errors?: unknown } | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const response = error.response as { data?: unknown } | undefined;
  return typeof response?.data === 'object' && response.data !== null ? response.data : undefined;
}

/** The `type`s of a GraphQL error answer (Octokit's GraphqlResponseError keeps them in `errors`). */
function graphqlErrorTypes(error: unknown): string[] {
  if (typeof error !== 'object' || error === null || !('errors' in error) || !Array.isArray(error.errors)) return [];
  return error.errors.flatMap((e: unknown) =>
    typeof e === 'object' && e !== null && 'type' in e && typeof e.type === 'string' ? [e.type] : [],
  );
}

function remainingIsZero(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('response' in error)) return false;
  const headers = (error.response as { headers?: Record<string, unknown> } | undefined)?.headers;
  return headers?.['x-ratelimit-remaining'] === '0';
}
