import { fieldErrors, messageOf } from '../api/errors.ts';

/** The failure of the last thing the person did, shown next to it. */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="error" id={id}>
      {messageOf(error)}
    </p>
  );
}

/** A form's failure, unless every problem in it is already shown beside one of the `shown` fields. */
export function FormError({ error, shown }: { error: unknown; shown: readonly string[] }) {
  const paths = Object.keys(fieldErrors(error));
  const allBesideFields = paths.length > 0 && paths.every((path) => shown.includes(path));
  return allBesideFields ? null : <ErrorMessage error={error} />;
}
