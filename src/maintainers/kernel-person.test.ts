import { parseKernelPerson } from './kernel-person.js';

describe('parseKernelPerson', () => {
  it.each([
    ['Miguel Ojeda <ojeda@kernel.org>', 'ojeda@kernel.org'],
    ['"James E.J. Bottomley" <James.Bottomley@HansenPartnership.com>', 'James.Bottomley@HansenPartnership.com'],
    ['Frederic Weisbecker <frederic@kernel.org> (kernel/rcu/tree_nocb.h)', 'frederic@kernel.org'],
    ['x86@kernel.org', 'x86@kernel.org'],
    ['linux-block@vger.kernel.org (moderated for non-subscribers)', 'linux-block@vger.kernel.org'],
    ['Nobody in particular', undefined],
  ])('%j has e-mail %j, no handle, and keeps its text', (value, email) => {
    const person = parseKernelPerson(value);
    expect(person).toEqual(
      email === undefined ? { handle: null, display: value } : { handle: null, display: value, email },
    );
  });
});
