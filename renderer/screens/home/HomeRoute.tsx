import { useChannel } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { HomeScreen } from './HomeScreen.tsx';
import { Welcome } from './Welcome.tsx';

/** "/": the welcome until there is a first client, then the Home dashboard. */
export function HomeRoute() {
  const clients = useChannel('clients:count', { includeArchived: true });
  if (clients.isPending) {
    return (
      <section className="screen">
        <PageHeading title="Home">Home</PageHeading>
        <p role="status">Loading…</p>
      </section>
    );
  }
  if (clients.isError) {
    return (
      <section className="screen">
        <PageHeading title="Home">Home</PageHeading>
        <ErrorMessage error={clients.error} />
      </section>
    );
  }
  return clients.data.count === 0 ? <Welcome /> : <HomeScreen />;
}
