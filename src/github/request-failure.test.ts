import { classifyRequestError, describeRequestFailure, hasErrorCode } from './request-failure.js';

/** An error shaped like Octokit's RequestError: status, and GitHub's JSON answer in response.data. */
function httpError(
  status: number,
  message: string,
  extra: { headers?: Record<string, string>; errors?: unknown[] } = {},
) {
  return Object.assign(new Error(message), {
    status,
    response: { headers: extra.headers ?? {}, data: { message, ...(extra.errors ? { errors: extra.errors } : {}) } },
  });
}

describe('classifyRequestError', () => {
  it.each([
    [403, 'Resource not accessible by integration', {}, 'read-only'],
    [403, 'Resource not accessible by personal access token', {}, 'read-only'],
    [403, 'Unable to create comment because issue is locked.', {}, 'locked'],
    [
      403,
      'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API.',
      {},
      'forbidden',
    ],
    [403, 'Must have admin rights to Repository.', {}, 'forbidden'],
    [403, 'You have exceeded a secondary rate limit.', {}, 'rate-limited'],
    [403, 'API rate limit exceeded for installation.', { headers: { 'x-ratelimit-remaining': '0' } }, 'rate-limited'],
    [429, 'Too many requests', {}, 'rate-limited'],
    [404, 'Not Found', {}, 'not-found'],
    [422, 'Reviews may only be requested from collaborators.', {}, 'rejected'],
    [502, 'Bad Gateway', {}, 'failed'],
    [401, 'Bad credentials', {}, 'failed'],
  ] as const)('HTTP %i "%s" is %s', (status, message, extra, kind) => {
    expect(classifyRequestError(httpError(status, message, extra))).toEqual({ kind, status, message });
  });

  it('treats an error without a response as failed, keeping its message', () => {
    expect(classifyRequestError(new Error('connect ECONNREFUSED 127.0.0.1:1'))).toEqual({
      kind: 'failed',
      status: 0,
      message: 'connect ECONNREFUSED 127.0.0.1:1',
    });
  });

  it('sees through describeRequestFailure to the HTTP answer', () => {
    const wrapped = describeRequestFailure('list labels', httpError(403, 'Resource not accessible by integration'));
    expect(classifyRequestError(wrapped).kind).toBe('read-only');
  });
});

describe('describeRequestFailure', () => {
  it('names what was attempted and GitHub answer, keeping the cause', () => {
    const cause = httpError(502, 'Bad Gateway');
    const error = describeRequestFailure('add labels to #12', cause);
    expect(error.message).toBe('Could not add labels to #12: HTTP 502 Bad Gateway');
    expect(error.cause).toBe(cause);
  });
});

describe('hasErrorCode', () => {
  it('finds already_exists in a 422 about a label', () => {
    const error = httpError(422, 'Validation Failed', {
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
    expect(hasErrorCode(error, 'already_exists')).toBe(true);
    expect(hasErrorCode(error, 'invalid')).toBe(false);
  });
});
