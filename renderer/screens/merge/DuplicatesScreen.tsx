import { useState } from 'react';
import { Link } from 'react-router';
import type { DuplicatePair } from '../../../src/contract/schemas/merge.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import './merge.css';

/** People and clients that may be recorded twice, each pair with why, and a way to compare and merge them. */
export function DuplicatesScreen() {
  const found = useChannel('duplicates:suggest', {}, { fresh: true });
  const [comparing, setComparing] = useState<DuplicatePair | null>(null);
  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Possible duplicates">Possible duplicates</PageHeading>
      </div>
      <p className="muted">People or clients entered twice: the same phone or e-mail, or alike names at one client. Compare each pair before merging; some are different people after all.</p>
      {found.isPending ? (
        <p role="status">Looking for duplicates…</p>
      ) : found.isError ? (
        <ErrorMessage error={found.error} />
      ) : (
        <>
          <PairList title="People" pairs={found.data.people} onCompare={setComparing} empty="No two people look like the same person." />
          <PairList title="Clients" pairs={found.data.clients} onCompare={setComparing} empty="No two clients look like the same client." />
        </>
      )}
      {comparing && <MergeDialog kind={comparing.kind} current={comparing.a} otherId={comparing.b.id} onClose={() => setComparing(null)} />}
    </section>
  );
}

function PairList({ title, pairs, onCompare, empty }: { title: string; pairs: DuplicatePair[]; onCompare(pair: DuplicatePair): void; empty: string }) {
  const link = (pair: DuplicatePair, side: DuplicatePair['a']) => (
    <>
      <Link to={pair.kind === 'person' ? paths.person(side.id) : paths.client(side.id)}>{side.name}</Link>
      {side.detail && <span className="muted"> ({side.detail})</span>}
    </>
  );
  return (
    <Section title={title}>
      {pairs.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="item-list" aria-label={`Possible duplicate ${title.toLowerCase()}`}>
          {pairs.map((pair) => (
            <li key={`${pair.a.id}:${pair.b.id}`} className="item">
              <div className="item-main">
                <p className="item-title">
                  {link(pair, pair.a)} and {link(pair, pair.b)}
                </p>
                <p className="duplicate-reasons">{pair.reasons.join('; ')}</p>
              </div>
              <button type="button" onClick={() => onCompare(pair)} aria-label={`Compare and merge… ${pair.a.name} and ${pair.b.name}`}>
                Compare and merge…
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
