import { Repeat, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import type { KnowHow } from '../../../src/contract/schemas/work.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useFormat } from '../../settings/format.ts';

/** A question they ask, the answer you gave, and how often they have asked it. */
export function KnowHowItem({ item, clientName, personName }: { item: KnowHow; clientName?: string | undefined; personName?: string | undefined }) {
  const format = useFormat();
  const again = useChannelMutation('knowHow:askedAgain');
  const trash = useChannelMutation('knowHow:delete');
  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <strong>{item.question}</strong>
        </p>
        <p className="item-meta">
          Asked {item.timesAsked === 1 ? 'once' : `${item.timesAsked} times`}, last on {format.date(format.dayOf(item.lastAskedAt))}
          {personName && item.personId && (
            <>
              {' · '}
              <Link to={paths.person(item.personId)}>{personName}</Link>
            </>
          )}
          {clientName && item.clientId && (
            <>
              {' · '}
              <Link to={paths.client(item.clientId)}>{clientName}</Link>
            </>
          )}
        </p>
        {item.answer ? <p className="item-text answer">{item.answer}</p> : <p className="item-text muted">No answer written down yet.</p>}
      </div>
      <div className="item-actions">
        <button type="button" onClick={() => again.mutate({ id: item.id })} disabled={again.isPending} aria-label={`Asked again: ${item.question}`}>
          <Repeat aria-hidden size={16} /> Asked again
        </button>
        <button type="button" className="quiet" onClick={() => trash.mutate({ id: item.id })} disabled={trash.isPending} aria-label={`Move to trash: ${item.question}`}>
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
      <ErrorMessage error={again.error ?? trash.error} />
    </li>
  );
}
