import { useState } from 'react';
import { Link } from 'react-router';
import type { DuplicatePair } from '../../../src/contract/schemas/merge.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
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
  // The pair last set aside, for the sentence that says so and its Undo.
  const [setAside, setSetAside] = useState<{ pair: DuplicatePair; undone: boolean } | null>(null);
  const notSame = useChannelMutation('duplicates:notSame');
  const markDifferent = (pair: DuplicatePair) =>
    notSame.mutate({ kind: pair.kind, a: pair.a.id, b: pair.b.id }, { onSuccess: () => setSetAside({ pair, undone: false }) });
  const undo = (pair: DuplicatePair) =>
    notSame.mutate({ kind: pair.kind, a: pair.a.id, b: pair.b.id, notSame: false }, { onSuccess: () => setSetAside({ pair, undone: true }) });
  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Possible duplicates">Possible duplicates</PageHeading>
      </div>
      <p className="muted">People or clients entered twice: the same phone or e-mail, or alike names at one client. Compare each pair before merging; some are different people after all.</p>
      <div role="status" className="duplicates-status">
        {setAside &&
          (setAside.undone ? (
            <p>
              {setAside.pair.a.name} and {setAside.pair.b.name} are suggested again.
            </p>
          ) : (
            <p>
              Set aside: {setAside.pair.a.name} and {setAside.pair.b.name} are not suggested as duplicates any more.{' '}
              <button type="button" className="link-button" onClick={() => undo(setAside.pair)} disabled={notSame.isPending}>
                Undo
              </button>
            </p>
          ))}
      </div>
      {notSame.isError && <ErrorMessage error={notSame.error} />}
      {found.isPending ? (
        <p role="status">Looking for duplicates…</p>
      ) : found.isError ? (
        <ErrorMessage error={found.error} />
      ) : (
        <>
          <PairList title="People" pairs={found.data.people} onCompare={setComparing} onNotSame={markDifferent} busy={notSame.isPending} empty="No two people look like the same person." />
          <PairList title="Clients" pairs={found.data.clients} onCompare={setComparing} onNotSame={markDifferent} busy={notSame.isPending} empty="No two clients look like the same client." />
          {found.data.setAside > 0 && (
            <p className="muted">
              {found.data.setAside === 1 ? 'One pair is' : `${found.data.setAside} pairs are`} set aside as different and not shown.
            </p>
          )}
        </>
      )}
      {comparing && <MergeDialog kind={comparing.kind} current={comparing.a} otherId={comparing.b.id} onClose={() => setComparing(null)} />}
    </section>
  );
}

interface PairListProps {
  title: string;
  pairs: DuplicatePair[];
  onCompare(pair: DuplicatePair): void;
  /** "These two are different": the pair is not suggested again. */
  onNotSame(pair: DuplicatePair): void;
  busy: boolean;
  empty: string;
}

function PairList({ title, pairs, onCompare, onNotSame, busy, empty }: PairListProps) {
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
              <div className="item-actions">
                <button type="button" onClick={() => onCompare(pair)} aria-label={`Compare and merge… ${pair.a.name} and ${pair.b.name}`}>
                  Compare and merge…
                </button>
                <button type="button" onClick={() => onNotSame(pair)} disabled={busy} aria-label={`Not the same: ${pair.a.name} and ${pair.b.name}`}>
                  Not the same
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
