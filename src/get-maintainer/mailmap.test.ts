import { mailmapEmail, parseMailmap } from './mailmap.js';

const MAILMAP = [
  '# comments and blank lines are skipped',
  '',
  'Proper Name <commit@example.org>',
  '<proper@example.org> <old@example.org>',
  'Jason Gunthorpe <jgg@ziepe.ca> <jgg@nvidia.com>',
  'Real Name <real@example.org> Wrong Name <shared@example.org>',
].join('\n');

describe('mailmap (get_maintainer.pl read_mailmap, mailmap_email)', () => {
  const mailmap = parseMailmap(MAILMAP);

  it.each([
    ['Someone <commit@example.org>', 'Proper Name <commit@example.org>'],
    ['Someone <old@example.org>', 'Someone <proper@example.org>'],
    ['Jason Gunthorpe <jgg@nvidia.com>', 'Jason Gunthorpe <jgg@ziepe.ca>'],
    ['Wrong Name <shared@example.org>', 'Real Name <real@example.org>'],
    ['Other Name <shared@example.org>', 'Other Name <shared@example.org>'],
    ['Nobody <nobody@example.org>', 'Nobody <nobody@example.org>'],
    ['JASON GUNTHORPE <JGG@NVIDIA.COM>', 'JASON GUNTHORPE <JGG@NVIDIA.COM>'], // exact keys, as get_maintainer.pl
  ])('mailmapEmail(%j) → %j', (email, mapped) => {
    expect(mailmapEmail(mailmap, email)).toBe(mapped);
  });

  it('without a mailmap an address is only formatted', () => {
    expect(mailmapEmail(undefined, '  Jane  <jane@example.org> ')).toBe('Jane <jane@example.org>');
  });
});
