/** The pure parts of deals and files: stage rules, currency conversion, file sniffing and names. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { convertMinor, minorDigits, normaliseRate, parseRate, sumValues } from '../../src/domain/deals/money.js';
import { classifyTransition, nextStages, signedOnAfter, transitionProblem } from '../../src/domain/deals/stages.js';
import { DEAL_STAGES, PIPELINE_STAGES } from '../../src/domain/deals/vocab.js';
import { sanitiseFileName } from '../../src/domain/files/commands.js';
import { sniffFileType } from '../../src/domain/files/sniff.js';

describe('stage rules', () => {
  test('forward, correction, drop and reopen are told apart; staying, dropping twice and dropping a completed deal are not transitions', () => {
    assert.equal(classifyTransition('contact', 'agreement_signed'), 'forward');
    assert.equal(classifyTransition('in_execution', 'meeting_held'), 'correction');
    assert.equal(classifyTransition('cooperation_intention', 'dropped'), 'drop');
    assert.equal(classifyTransition('dropped', 'contact'), 'reopen');
    assert.equal(classifyTransition('contact', 'contact'), null);
    assert.equal(classifyTransition('dropped', 'dropped'), null);
    assert.equal(classifyTransition('completed', 'dropped'), null);
  });

  test('every pair of stages: exactly the non-transitions are refused, and nextStages lists the rest', () => {
    for (const from of DEAL_STAGES) {
      assert.deepEqual(nextStages(from), DEAL_STAGES.filter((to) => classifyTransition(from, to) !== null));
      assert.ok(!nextStages(from).includes(from));
    }
    assert.deepEqual(nextStages('completed'), PIPELINE_STAGES.filter((s) => s !== 'completed'));
  });

  test('reasons: a drop needs a category and a text, corrections and reopenings a text, forward moves nothing', () => {
    assert.equal(transitionProblem('contact', { to: 'meeting_held' }), null);
    assert.deepEqual(transitionProblem('contact', { to: 'dropped', reason: 'x' }), { code: 'REASON_REQUIRED', path: '/dropCategory', message: 'dropping a deal needs a reason category' });
    assert.equal(transitionProblem('contact', { to: 'dropped', dropCategory: 'budget', reason: ' ' })?.code, 'REASON_REQUIRED');
    assert.equal(transitionProblem('contact', { to: 'dropped', dropCategory: 'budget', reason: 'Budget cut' }), null);
    assert.equal(transitionProblem('completed', { to: 'in_execution' })?.code, 'REASON_REQUIRED');
    assert.equal(transitionProblem('dropped', { to: 'contact', reason: 'Back on' }), null);
    assert.deepEqual(transitionProblem('completed', { to: 'completed' }), { code: 'INVALID_TRANSITION' });
  });

  test('the signing date is set on reaching agreement_signed and cleared by a correction before it', () => {
    assert.equal(signedOnAfter(null, 'agreement_signed', undefined, '2026-11-21'), '2026-11-21');
    assert.equal(signedOnAfter(null, 'in_execution', '2026-10-01', '2026-11-21'), '2026-10-01');
    assert.equal(signedOnAfter('2026-10-01', 'completed', undefined, '2026-11-21'), '2026-10-01');
    assert.equal(signedOnAfter('2026-10-01', 'cooperation_intention', undefined, '2026-11-21'), null);
    assert.equal(signedOnAfter('2026-10-01', 'dropped', undefined, '2026-11-21'), '2026-10-01');
  });
});

describe('currency conversion', () => {
  test('minor units follow ISO 4217: JPY, KRW and VND have none', () => {
    assert.deepEqual(['CNY', 'EUR', 'JPY', 'KRW', 'VND', 'USD'].map(minorDigits), [2, 2, 0, 0, 0, 2]);
  });

  test('converts exactly and rounds half up to the reporting minor unit', () => {
    assert.equal(convertMinor(100_00, 'EUR', 'CNY', '7.8'), 780_00);
    assert.equal(convertMinor(1, 'EUR', 'CNY', '7.85'), 8); // 0.0785 CNY → 7.85 fen → 8
    assert.equal(convertMinor(1, 'EUR', 'CNY', '7.84'), 8); // 7.84 fen → 8
    assert.equal(convertMinor(1, 'EUR', 'CNY', '7.849'), 8);
    assert.equal(convertMinor(1, 'EUR', 'CNY', '7.4'), 7);
    assert.equal(convertMinor(1_000_000, 'VND', 'CNY', '0.000285'), 285_00);
    assert.equal(convertMinor(100_00, 'CNY', 'JPY', '21.5'), 2150);
    // 0.1 + 0.2 style float errors cannot happen: 3 × 0.1 is exactly 0.3.
    assert.equal(convertMinor(3, 'EUR', 'EUR', '0.1'), 0);
    assert.equal(convertMinor(30, 'EUR', 'EUR', '0.1'), 3);
    assert.equal(convertMinor(Number.MAX_SAFE_INTEGER, 'EUR', 'CNY', '8'), null);
  });

  test('conversion is monotonic and at rate 1 between two-decimal currencies the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        assert.ok((convertMinor(lo, 'EUR', 'CNY', '7.8123') ?? 0) <= (convertMinor(hi, 'EUR', 'CNY', '7.8123') ?? 0));
        assert.equal(convertMinor(x, 'EUR', 'CNY', '1'), x);
      }),
    );
  });

  test('rates are positive decimals with up to ten places, stored in their shortest form', () => {
    assert.equal(parseRate('0'), null);
    assert.equal(parseRate('-1'), null);
    assert.equal(parseRate('1e3'), null);
    assert.equal(parseRate('7.12345678901'), null);
    assert.equal(normaliseRate('7.8000000000'), '7.8');
    assert.equal(normaliseRate('0.0002850'), '0.000285');
    assert.equal(normaliseRate('12'), '12');
  });

  test('values sum per currency and in the reporting currency; unconverted ones are counted apart', () => {
    const sum = sumValues([
      { amountMinor: 100_00, currency: 'EUR', reportingAmountMinor: 780_00 },
      { amountMinor: 50_00, currency: 'EUR', reportingAmountMinor: null },
      { amountMinor: 1_000_00, currency: 'CNY', reportingAmountMinor: 1_000_00 },
    ]);
    assert.deepEqual([...sum.byCurrency], [['EUR', 150_00], ['CNY', 1_000_00]]);
    assert.equal(sum.reportingMinor, 1_780_00);
    assert.equal(sum.unconverted, 1);
  });
});

describe('files', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  test('types are recognised by their bytes only', () => {
    assert.equal(sniffFileType(bytes('%PDF-1.7\n')), 'application/pdf');
    assert.equal(sniffFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])), 'image/jpeg');
    assert.equal(sniffFileType(bytes('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')), 'image/webp');
    assert.equal(sniffFileType(bytes('Protokoll: Ölförderung, 合作意向\r\n')), 'text/plain');
    assert.equal(sniffFileType(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00])), null);
    assert.equal(sniffFileType(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), null);
    assert.equal(sniffFileType(Uint8Array.from([0xc3, 0x28, 0x41])), null);
    assert.equal(sniffFileType(new Uint8Array()), null);
  });

  test('names lose folders and control characters and get an extension that fits the type', () => {
    assert.equal(sanitiseFileName('C:\\Users\\li\\合同 草案.pdf', 'application/pdf'), '合同 草案.pdf');
    assert.equal(sanitiseFileName('../../etc/passwd', 'text/plain'), 'passwd.txt');
    assert.equal(sanitiseFileName('invoice.pdf\u202e.exe', 'application/pdf'), 'invoice.pdf.exe.pdf');
    assert.equal(sanitiseFileName('  ...  ', 'image/png'), 'file.png');
    assert.equal(sanitiseFileName('Photo.JPEG', 'image/jpeg'), 'Photo.jpeg');
    const long = sanitiseFileName(`${'越'.repeat(300)}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal([...long].length, 180);
    assert.ok(long.endsWith('越.docx'));
  });
});
