import { checkUnmappedEmails } from './check-unmapped-emails.js';
import { fixture, policyOf } from './setup-of.test-helper.js';

describe('checkUnmappedEmails', () => {
  it('checkUnmappedEmails passes when everyone imported has a login', () => {
    const people =
      '{ axboe@kernel.dk: axboe, hch@lst.de: hch-lst, m.szyprowski@samsung.com: mszyprow, robin.murphy@arm.com: robin-murphy, ' +
      'andrew+netdev@lunn.ch: andrew-lunn, davem@davemloft.net: davem, edumazet@google.com: edumazet, kuba@kernel.org: kuba-netdev, ' +
      'pabeni@redhat.com: pabeni, ojeda@kernel.org: ojeda, alex.gaynor@gmail.com: alex-gaynor, boqun.feng@gmail.com: boqunfeng }';
    const policy = policyOf(`version: 1\nimport: { path: MAINTAINERS, people: ${people} }\n`, {
      text: fixture('MAINTAINERS'),
      file: 'MAINTAINERS',
    });
    expect(checkUnmappedEmails(policy, 'maintainers.yml')).toEqual([]);
  });

  it('checkUnmappedEmails counts the people without a login and names the first few', () => {
    const policy = policyOf('version: 1\nimport: { path: MAINTAINERS, people: { ojeda@kernel.org: ojeda } }\n', {
      text: fixture('MAINTAINERS'),
      file: 'MAINTAINERS',
    });
    const findings = checkUnmappedEmails(policy, 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ check: 'unmapped-emails', severity: 'warning' })]);
    expect(findings[0].message).toBe(
      '11 people imported from MAINTAINERS have no GitHub login, so they are never asked and can never ack: ' +
        'Jens Axboe <axboe@kernel.dk>, Christoph Hellwig <hch@lst.de>, Marek Szyprowski <m.szyprowski@samsung.com>, ' +
        'Robin Murphy <robin.murphy@arm.com>, Andrew Lunn <andrew+netdev@lunn.ch> and 6 more.',
    );
  });
});
