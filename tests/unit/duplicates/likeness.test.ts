import { describe, expect, it } from 'vitest';
import { clientNameKey, emailKey, normalName, phoneKey, sharesAWord, similarGivenNames, similarWords } from '../../../src/duplicates/likeness.ts';

describe('when two names, numbers or addresses mean the same', () => {
  it('reads a phone number by its last nine digits, and ignores what is too short', () => {
    expect(phoneKey('+44 7700 900123')).toBe(phoneKey('07700 900123'));
    expect(phoneKey('ext. 12')).toBeNull();
    expect(phoneKey(null)).toBeNull();
  });

  it('reads e-mail addresses without case or spaces, and only real ones', () => {
    expect(emailKey(' Sue@Example.com ')).toBe('sue@example.com');
    expect(emailKey('none')).toBeNull();
  });

  it('finds given names alike by a slip, a start or a usual short form, and not otherwise', () => {
    expect(similarGivenNames('sue', 'susan')).toBe(true);
    expect(similarGivenNames('chris', 'christopher')).toBe(true);
    expect(similarGivenNames('ann', 'dan')).toBe(false);
    expect(similarGivenNames('tom', 'thomas')).toBe(true);
    expect(similarGivenNames('sue', 'tom')).toBe(false);
    expect(similarGivenNames('al', 'alan')).toBe(false);
    expect(similarWords('thomson', 'thompson')).toBe(true);
    expect(similarWords('reed', 'reid')).toBe(true);
    expect(similarWords('lee', 'lea')).toBe(false);
    expect(normalName('  Zoë   Smith ')).toBe('zoe smith');
  });

  it('reads client names without "Ltd", "&" or punctuation, and finds a shared word', () => {
    expect(clientNameKey('Baker & Co Ltd.')).toBe(clientNameKey('Baker and Co'));
    expect(clientNameKey('The Ltd')).toBeNull();
    expect(sharesAWord('Patel Dental', 'Patel Dental Practice')).toBe(true);
    expect(sharesAWord('Patel Dental', 'Reed Joinery')).toBe(false);
  });
});
