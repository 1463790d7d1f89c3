import { describe, expect, it } from 'vitest';
import { matchesAll, searchWords, snippet } from '../../src/search/snippet.ts';

describe('search snippets', () => {
  it('marks prefix matches, folding case and accents', () => {
    expect(snippet('Zoë Hart, Lily’s aunt', searchWords('zoe'))).toBe('[[Zoë]] Hart, Lily’s aunt');
    expect(snippet('Printer jammed again', searchWords('PRINT'))).toBe('[[Printer]] jammed again');
  });

  it('cuts long text around the first match with ellipses', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen router fifteen sixteen seventeen eighteen nineteen twenty';
    expect(snippet(text, ['router'], 6)).toBe('…twelve thirteen fourteen [[router]] fifteen sixteen…');
  });

  it('says null when nothing matches, and checks every word is there', () => {
    expect(snippet('Backup drive full', ['printer'])).toBeNull();
    expect(matchesAll('Sue Baker', ['sue', 'ba'])).toBe(true);
    expect(matchesAll('Sue Baker', ['sue', 'smith'])).toBe(false);
  });
});
