/** Shared fast-check material for the parser property tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ImportIssue, PartialDate } from '../../../src/import/index.ts';

/** Text that looks a little like each format, so the fuzzer gets past the first line. */
export const arbitraryText = (vocabulary: string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r', '\r\r\n', ' ', '\t', ':', ';', '=', ',', '"', '\\')), { maxLength: 60 })
    .map((parts) => parts.join(''));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }) }).map(({ at, length }) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + length);
  }),
  fc.record({ at: fc.nat(), insert: fc.string({ unit: 'binary', maxLength: 12 }) }).map(({ at, insert }) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + insert + t.slice(i);
  }),
  fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => (t: string) => {
    const lines = t.split('\n');
    const [i, j] = [a % lines.length, b % lines.length];
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  }),
  fc.nat().map((a) => (t: string) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  }),
);

/** A valid file with a few random cuts, insertions, truncations, swapped or repeated lines. */
export const mutated = (texts: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([text, ms]) => ms.reduce((t, m) => m(t), text));

export function expectSaneIssues(issues: ImportIssue[], text: string): void {
  const lineCount = text.split(/\r\r\n|\r\n|\n|\r/).length;
  for (const issue of issues) {
    expect(['error', 'warning']).toContain(issue.severity);
    expect(Number.isInteger(issue.line)).toBe(true);
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
    expect(issue.message.trim().length).toBeGreaterThan(10);
  }
}

export function expectValidPartialDate(date: PartialDate | undefined): void {
  if (!date) return;
  expect(date.month).toBeGreaterThanOrEqual(1);
  expect(date.month).toBeLessThanOrEqual(12);
  expect(date.day).toBeGreaterThanOrEqual(1);
  expect(date.day).toBeLessThanOrEqual(31);
}
