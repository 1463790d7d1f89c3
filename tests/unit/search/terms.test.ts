import { describe, expect, it } from 'vitest';
import { characterTerms, phoneTerms, typedPhone } from '../../../src/search/terms.ts';

describe('search terms kept beside the text', () => {
  it('takes Chinese and Japanese apart character by character, runs kept apart', () => {
    expect(characterTerms('李明')).toBe('李 明');
    expect(characterTerms('田中太郎 and 佐藤')).toBe('田 中 太 郎 0 佐 藤');
    expect(characterTerms('ラーメン屋')).toBe('ラ ー メ ン 屋');
    expect(characterTerms('Sue Baker')).toBeNull();
    expect(characterTerms(null)).toBeNull();
  });

  it('keeps each phone number as digits and as its last nine digits', () => {
    expect(phoneTerms('+44 7700 900123')).toBe('447700900123 700900123');
    expect(phoneTerms('07700 900123')).toBe('07700900123 700900123');
    expect(phoneTerms('7700 900 123')).toBe('7700900123 700900123');
    expect(phoneTerms('01632 960000 / 07700 900123')).toBe('01632960000 632960000 07700900123 700900123');
    expect(phoneTerms('ext 12')).toBeNull();
    expect(phoneTerms('')).toBeNull();
  });

  it('reads what was typed as a phone number only when it is one', () => {
    expect(typedPhone('+44 (0)7700 900-123')).toEqual({ digits: '4407700900123', tail: '700900123' });
    expect(typedPhone('0770')).toEqual({ digits: '0770', tail: null });
    expect(typedPhone('077')).toBeNull();
    expect(typedPhone('Flat 12345')).toBeNull();
  });
});
