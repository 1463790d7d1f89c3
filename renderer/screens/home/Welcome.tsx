import { Sparkles, UserPlus } from 'lucide-react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

/** The first screen of an empty database: try it with sample data, or start for real. */
export function Welcome() {
  const navigate = useNavigate();
  const load = useChannelMutation('demo:load');
  return (
    <section className="screen welcome">
      <PageHeading title="Welcome">Welcome to Ask After</PageHeading>
      <p className="lead">
        Before each visit, Ask After tells you whom you will see, what to ask after, what not to ask about, and what you promised last time. Everything stays on
        this computer.
      </p>
      <div className="welcome-choices">
        <div className="card">
          <h2>Look around first</h2>
          <p>Load about 40 made-up clients with their families, visits and notes, and see what a briefing looks like.</p>
          <button type="button" className="primary" onClick={() => load.mutate({ size: 'sample' })} disabled={load.isPending}>
            <Sparkles aria-hidden size={16} />
            {load.isPending ? 'Loading sample data…' : 'Try with sample data'}
          </button>
          <ErrorMessage error={load.error} />
        </div>
        <div className="card">
          <h2>Start with your own</h2>
          <p>Add a business or household you look after. The people in their lives come next.</p>
          <button type="button" onClick={() => void navigate(paths.clients(), { state: { addClient: true } })}>
            <UserPlus aria-hidden size={16} />
            Add your first client
          </button>
        </div>
      </div>
    </section>
  );
}
