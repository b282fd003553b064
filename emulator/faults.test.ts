import { Faults } from './faults.js';

describe('Faults', () => {
  it('spends the primary budget and refills it at the reset time', () => {
    const faults = new Faults({ rateLimit: 2 });
    const now = Date.now();
    const spent = [faults.count(now), faults.count(now), faults.count(now)].map((c) => c.limited);
    const reset = Number(faults.count(now).headers['x-ratelimit-reset']) * 1000;
    expect(spent).toEqual([false, false, true]);
    expect(faults.count(reset).limited).toBe(false);
  });

  it('refills after exhaustRateLimit once resetInSeconds have passed', () => {
    const faults = new Faults();
    faults.exhaustRateLimit({ resetInSeconds: 5 });
    const now = Date.now();
    expect(faults.count(now).headers['x-ratelimit-remaining']).toBe('0');
    expect(faults.count(now + 6000).headers['x-ratelimit-remaining']).toBe('999');
  });

  it.each([
    [{ status: 502 }, 'GET', '/a', true],
    [{ status: 502, method: 'post' }, 'GET', '/a', false],
    [{ status: 502, method: 'post' }, 'POST', '/a', true],
    [{ status: 502, path: '/a' }, 'GET', '/a/b', false],
    [{ status: 502, path: /\/b$/g }, 'GET', '/a/b', true],
  ])('matches rule %j against %s %s: %s', (rule, method, path, expected) => {
    const faults = new Faults();
    faults.failNext(rule);
    expect(faults.take(method, path, null) !== null).toBe(expected);
  });

  it('uses a rule up after its times', () => {
    const faults = new Faults();
    faults.failNext({ status: 500, times: 2 });
    const taken = [1, 2, 3].map(() => faults.take('GET', '/x', null)?.status ?? null);
    expect(taken).toEqual([500, 500, null]);
  });
});
