import { RateLimits } from './rate-limits.js';

describe('RateLimits', () => {
  it('keeps each resource’s budget apart, as the answers’ headers report them', () => {
    const limits = new RateLimits();
    limits.record({
      'x-ratelimit-remaining': '998',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-reset': '1767606000',
      'x-ratelimit-resource': 'core',
    });
    limits.record({
      'x-ratelimit-remaining': '995',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-reset': '1767606001',
      'x-ratelimit-resource': 'graphql',
    });
    expect(limits.get('core')).toEqual({ remaining: 998, limit: 1000, reset: 1767606000 });
    expect(limits.get('graphql')).toEqual({ remaining: 995, limit: 1000, reset: 1767606001 });
  });

  it('ignores answers without rate-limit headers, and takes one without a resource as REST’s', () => {
    const limits = new RateLimits();
    limits.record(undefined);
    limits.record({ etag: 'x' });
    expect(limits.get('core')).toBeUndefined();
    limits.record({ 'x-ratelimit-remaining': '7' });
    expect(limits.get('core')?.remaining).toBe(7);
  });
});
