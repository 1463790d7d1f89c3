/** What crosses every transport: plain, serialisable values only. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'in_use'
  | 'storage'
  | 'unknown_channel'
  | 'forbidden'
  | 'cancelled'
  | 'internal';

export interface FieldProblem {
  /** Dotted path of the field, '' for the input as a whole. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** A sentence a person can act on: what is wrong and what to do. */
  message: string;
  details?: FieldProblem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Thrown by repositories and handlers; turned into `{ ok: false }` at the transport edge. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly details: FieldProblem[] | undefined;

  constructor(code: ErrorCode, message: string, details?: FieldProblem[]) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.details = details;
  }

  toError(): AppError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string, id: number | string): AppFailure =>
  new AppFailure('not_found', `${what} ${id} was not found. It may have been deleted; refresh and try again.`);

/** The client side of a Result: a rejected call throws this, with the same code and message. */
export class CallFailure extends Error {
  readonly code: ErrorCode;
  readonly details: FieldProblem[] | undefined;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'CallFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CallFailure(result.error);
}
