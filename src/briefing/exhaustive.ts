/**
 * For the default branch of a switch over a union: the type checker proves every case is
 * handled, and a value that slips past the types at run time fails loudly.
 */
export function missingCase(value: never, what: string): never {
  throw new TypeError(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
