import { latestVerdicts, reviewedAt, reviewedLogins, type Review } from './review-verdicts.js';

const review = (login: string, state: string, commitId: string | null = 'c1'): Review => ({ login, state, commitId });

describe('latestVerdicts', () => {
  it.each([
    ['an approval acks', [review('hch', 'APPROVED')], 'APPROVED'],
    ['a later comment keeps the approval', [review('hch', 'APPROVED'), review('hch', 'COMMENTED')], 'APPROVED'],
    [
      'a later change request withdraws it',
      [review('hch', 'APPROVED'), review('hch', 'CHANGES_REQUESTED')],
      'CHANGES_REQUESTED',
    ],
    ['a dismissal withdraws it', [review('hch', 'APPROVED'), review('hch', 'DISMISSED')], 'DISMISSED'],
    ['a later approval restores it', [review('hch', 'CHANGES_REQUESTED'), review('hch', 'APPROVED')], 'APPROVED'],
    ['a comment alone is no verdict', [review('hch', 'COMMENTED')], undefined],
    ['a pending draft is no verdict', [review('hch', 'PENDING')], undefined],
  ])('%s', (_name, reviews, state) => {
    expect(latestVerdicts(reviews).get('hch')?.state).toBe(state);
  });

  it('keeps the commit of the verdict, not of a later comment', () => {
    const verdicts = latestVerdicts([review('hch', 'APPROVED', 'old'), review('hch', 'COMMENTED', 'new')]);
    expect(verdicts.get('hch')).toEqual({ login: 'hch', state: 'APPROVED', commitId: 'old' });
  });

  it('folds logins case-insensitively', () => {
    const verdicts = latestVerdicts([review('HCH', 'APPROVED'), review('hch', 'DISMISSED')]);
    expect([...verdicts.values()]).toEqual([{ login: 'hch', state: 'DISMISSED', commitId: 'c1' }]);
  });
});

describe('reviewedLogins / reviewedAt', () => {
  it('lists who reviewed at all, and who reviewed a given commit', () => {
    const reviews = [
      review('hch', 'COMMENTED', 'old'),
      review('davem', 'APPROVED', 'new'),
      review('x', 'PENDING', 'new'),
    ];
    expect(reviewedLogins(reviews)).toEqual(['hch', 'davem']);
    expect([...reviewedAt(reviews, 'new')]).toEqual(['davem']);
  });
});
