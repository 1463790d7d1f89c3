import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeading } from '../components/PageHeading.tsx';
import { paths } from './paths.ts';

/** A screen that crashed or could not load: say so plainly and offer a way back. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? error.statusText : error instanceof Error ? error.message : String(error);
  return (
    <main className="app-main" id="main">
      <PageHeading title="Something went wrong">Something went wrong</PageHeading>
      <p>This screen could not be shown. Nothing you saved is lost.</p>
      <p className="muted">{detail}</p>
      <p>
        <a href="#/">Go to Home</a> or reload the window (Ctrl+R).
      </p>
    </main>
  );
}

export function NotFound() {
  return (
    <section className="screen">
      <PageHeading title="Not found">Nothing here</PageHeading>
      <p>
        This address does not lead to a screen. <Link to={paths.home()}>Go to Home</Link>.
      </p>
    </section>
  );
}
