import type { z } from 'zod';
import { AppFailure, type FieldProblem } from './result.ts';

/** Turns zod issues into problems a person can read, e.g. "name: Give the client a name." */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function invalidInput(error: z.ZodError): AppFailure {
  const problems = problemsOf(error);
  const summary = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
  return new AppFailure('invalid_input', `Nothing was saved. ${summary}`, problems);
}
