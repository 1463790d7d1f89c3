import type { z } from 'zod';
import { AppFailure, type FieldProblem } from './result.ts';

/** Turns zod issues into problems, each with the field it belongs to, so a screen can show it there. */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * A refused call, said in words: the field paths ("birthday.day") are for screens to place
 * messages, not for people. Only a refused write says that nothing was saved; a refused read
 * (a bad page size) had nothing to save.
 */
export function invalidInput(error: z.ZodError, kind: 'write' | 'read' = 'write'): AppFailure {
  const problems = problemsOf(error);
  const summary = [...new Set(problems.map((p) => p.message))].join(' ');
  return new AppFailure('invalid_input', kind === 'write' ? `Nothing was saved. ${summary}` : summary, problems);
}
