import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

/**
 * Placeholder for the Home dashboard (next visit and its briefing, this week, follow-ups due,
 * birthdays, mindful dates, clients past their rhythm), which arrives with the `dashboard:get`
 * channel and replaces this component.
 */
export function HomeScreen() {
  return (
    <section className="screen">
      <PageHeading title="Home">Home</PageHeading>
      <p className="muted">Your week at a glance will appear here.</p>
      <p className="button-row">
        <Link className="button primary" to={paths.planVisit()}>
          Plan a visit
        </Link>
        <Link className="button" to={paths.clients()}>
          Clients
        </Link>
      </p>
    </section>
  );
}
