import {
  cleanSubject,
  decodeEncodedWords,
  isCoverLetterSubject,
  isMailHeaderLine,
  isMboxSeparator,
  readMailHeaders,
  readMailMessage,
} from './mail-message.js';

const startsDiff = (lines: readonly string[], i: number): boolean => lines[i].startsWith('diff --git ');

describe('mail-message', () => {
  it.each([
    ['From 6912cd5c3a1ef7a95fa85d83e24b8641f1281f9e Mon Sep 17 00:00:00 2001', true],
    ['From ada@example.org Tue Mar  5 10:00:00 2024', true],
    ['From mboxrd@z Thu Jan  1 00:00:00 1970', true],
    ['From 6912cd5c Mon Sep 17 2001', false],
    ['From the PHY datasheet, register 0x1f holds the link state.', false],
    ['From: Ada Example <ada@example.org>', false],
  ])('isMboxSeparator(%s) → %s', (line, expected) => {
    expect(isMboxSeparator(line)).toBe(expected);
  });

  it.each([
    ['Subject: [PATCH] x', true],
    ['From: Ada <ada@example.org>', true],
    ['X-Mailer: git-send-email 2.39.5', true],
    ['diff --git a/x b/x', false],
    ['Note: not a mail', false],
  ])('isMailHeaderLine(%s) → %s', (line, expected) => {
    expect(isMailHeaderLine(line)).toBe(expected);
  });

  it('readMailHeaders unfolds continuation lines and stops after the blank line', () => {
    const lines = [
      'From: Ada Example <ada@example.org>',
      'Subject: [PATCH net-next v2 3/7] net: phy: add Rust Asix PHY driver as the',
      ' reference driver for the PHY abstractions',
      'subject: a second Subject is ignored',
      '',
      'Body.',
    ];
    const { headers, next } = readMailHeaders(lines, 0);
    expect(headers.get('subject')).toBe(
      '[PATCH net-next v2 3/7] net: phy: add Rust Asix PHY driver as the reference driver for the PHY abstractions',
    );
    expect(headers.get('from')).toBe('Ada Example <ada@example.org>');
    expect(next).toBe(5);
  });

  it.each([
    ['=?UTF-8?q?net:=20phy:=20r=C3=A9seau?=', 'net: phy: réseau'],
    ['=?UTF-8?q?read=20the?= =?UTF-8?q?=20link=20partner=E2=80=99s?=', 'read the link partner’s'],
    ['=?utf-8?B?Wm/DqyBFeGFtcGxl?= <zoe@example.org>', 'Zoë Example <zoe@example.org>'],
    ['=?ISO-8859-1?Q?Caf=E9_PHY?=', 'Café PHY'],
    ['=?x-no-such-charset?Q?abc?=', '=?x-no-such-charset?Q?abc?='],
    ['plain text stays', 'plain text stays'],
  ])('decodeEncodedWords(%s) → %s', (text, expected) => {
    expect(decodeEncodedWords(text)).toBe(expected);
  });

  it.each([
    ['[PATCH v2 3/7] net: phy: add driver', 'net: phy: add driver'],
    ['[RFC PATCH net-next] [v3] rust: add Opaque', 'rust: add Opaque'],
    ['Re: [PATCH] rust: str: fix', 'rust: str: fix'],
    ['RE: Re: [PATCH 1/2] x', 'x'],
    ['rust: keep [brackets] inside', 'rust: keep [brackets] inside'],
  ])('cleanSubject(%s) → %s', (subject, expected) => {
    expect(cleanSubject(subject)).toBe(expected);
  });

  it.each([
    ['[PATCH 0/2] rust: net::phy', true],
    ['[PATCH net-next v2 00/12] series', true],
    ['[PATCH 1/2] rust', false],
    ['[PATCH 10/12] rust', false],
    ['[PATCH] rust', false],
  ])('isCoverLetterSubject(%s) → %s', (subject, expected) => {
    expect(isCoverLetterSubject(subject)).toBe(expected);
  });

  it.each<[string, string[], { subject: string; body: string; isCover: boolean }, number]>([
    [
      'ends the message at ---',
      ['Subject: [PATCH 1/2] rust: add', '', 'Body.', '', '---', ' x | 1 +'],
      { subject: 'rust: add', body: 'Body.', isCover: false },
      5,
    ],
    [
      'ends the message at the diff when --- is missing',
      ['Subject: [PATCH] rust: add', '', 'Body.', 'diff --git a/x b/x'],
      { subject: 'rust: add', body: 'Body.', isCover: false },
      3,
    ],
    [
      'ends a cover letter at its signature',
      [
        'From 178fa04a6452ca051d37ec562603414e1e0368b5 Mon Sep 17 00:00:00 2001',
        'Subject: [PATCH 0/2] PHY',
        '',
        'Blurb.',
        '-- ',
        '2.39.5',
      ],
      { subject: 'PHY', body: 'Blurb.', isCover: true },
      5,
    ],
  ])('readMailMessage %s', (_what, lines, message, next) => {
    expect(readMailMessage(lines, 0, startsDiff)).toStrictEqual({ message, next });
  });
});
