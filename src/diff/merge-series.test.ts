import { describeSeries, mergeChangedFiles, type SeriesMessage } from './merge-series.js';
import type { ChangedFile } from './types.js';

describe('merge-series', () => {
  it.each<[string, SeriesMessage[], { title: string; body: string }]>([
    ['nothing', [], { title: '', body: '' }],
    ['one message', [{ subject: 'rust: add Opaque', body: 'Body.' }], { title: 'rust: add Opaque', body: 'Body.' }],
    [
      'several messages: subjects joined, bodies in order',
      [
        { subject: 'rust: add Opaque', body: '' },
        { subject: 'net: phy: use it', body: 'Uses it.' },
        { subject: 'net: phy: doc', body: 'Docs.' },
      ],
      { title: 'rust: add Opaque; net: phy: use it; net: phy: doc', body: 'Uses it.\n\nDocs.' },
    ],
    [
      'a cover letter: its subject, then each patch',
      [
        { subject: 'PHY series', body: 'Blurb.', isCover: true },
        { subject: 'rust: add Opaque', body: '' },
        { subject: 'net: phy: use it', body: 'Uses it.' },
      ],
      { title: 'PHY series', body: 'Blurb.\n\nrust: add Opaque\n\nnet: phy: use it\n\nUses it.' },
    ],
  ])('describeSeries of %s', (_what, messages, expected) => {
    expect(describeSeries(messages)).toStrictEqual(expected);
  });

  it.each<[string, ChangedFile[], ChangedFile[]]>([
    [
      'added then modified stays added',
      [
        { path: 'a.rs', status: 'added' },
        { path: 'a.rs', status: 'modified' },
      ],
      [{ path: 'a.rs', status: 'added' }],
    ],
    [
      'renamed then modified stays renamed with its source',
      [
        { path: 'b.rs', previousPath: 'a.rs', status: 'renamed' },
        { path: 'b.rs', status: 'modified' },
      ],
      [{ path: 'b.rs', previousPath: 'a.rs', status: 'renamed' }],
    ],
    [
      'modified then removed is removed',
      [
        { path: 'a.rs', status: 'modified' },
        { path: 'b.rs', status: 'added' },
        { path: 'a.rs', status: 'removed' },
      ],
      [
        { path: 'a.rs', status: 'removed' },
        { path: 'b.rs', status: 'added' },
      ],
    ],
    [
      'binary sticks',
      [
        { path: 'logo.png', status: 'added', binary: true },
        { path: 'logo.png', status: 'modified' },
      ],
      [{ path: 'logo.png', status: 'added', binary: true }],
    ],
  ])('mergeChangedFiles: %s', (_what, files, expected) => {
    expect(mergeChangedFiles(files)).toStrictEqual(expected);
  });
});
