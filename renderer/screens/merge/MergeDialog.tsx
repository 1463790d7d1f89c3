import { useQueryClient } from '@tanstack/react-query';
import { ArrowLeftRight } from 'lucide-react';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MergeChoice, MergeFieldView, MergeOutcome, MergePreview } from '../../../src/contract/schemas/merge.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PersonComboBox } from '../../components/PersonComboBox.tsx';
import './merge.css';

export type MergeKind = 'person' | 'client';

interface MergeDialogProps {
  kind: MergeKind;
  /** The record the dialog was opened from (kept, unless swapped). */
  current: { id: number; name: string };
  /** The other record, when already known (from the list of possible duplicates). */
  otherId?: number;
  onClose(): void;
}

const pathOf = (kind: MergeKind, id: number) => (kind === 'person' ? paths.person(id) : paths.client(id));

/**
 * "Merge with…": choose the other record, see both side by side with a choice per field and how
 * many records hang off each, then merge in one go. The other record is deleted for good (every
 * link has moved); a backup made just before is the way back.
 */
export function MergeDialog({ kind, current, otherId, onClose }: MergeDialogProps) {
  const [other, setOther] = useState<number | undefined>(otherId);
  const [keepCurrent, setKeepCurrent] = useState(true);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const noun = kind === 'person' ? 'person' : 'client';
  const title = outcome ? `Merged into ${outcome.kept.name}` : `Merge ${current.name} with…`;

  return (
    <AppDialog title={title} isOpen onOpenChange={(open) => !open && onClose()} className="merge-dialog">
      {outcome ? (
        <MergeDone kind={kind} outcome={outcome} currentId={current.id} onClose={onClose} />
      ) : other === undefined ? (
        <ChooseOther kind={kind} current={current} onChoose={setOther} onCancel={onClose} />
      ) : (
        <SideBySide
          kind={kind}
          keepId={keepCurrent ? current.id : other}
          mergeId={keepCurrent ? other : current.id}
          onSwap={() => setKeepCurrent((k) => !k)}
          onChooseAnother={otherId === undefined ? () => setOther(undefined) : undefined}
          onMerged={setOutcome}
          onCancel={onClose}
          noun={noun}
        />
      )}
    </AppDialog>
  );
}

function ChooseOther({ kind, current, onChoose, onCancel }: { kind: MergeKind; current: { id: number; name: string }; onChoose(id: number): void; onCancel(): void }) {
  return (
    <>
      <p>Choose the other record of {current.name}. Nothing changes until you have compared them and pressed Merge.</p>
      {kind === 'person' ? (
        <PersonComboBox label="The other record" excludeIds={[current.id]} includeDeceased onSelect={(p) => onChoose(p.id)} />
      ) : (
        <ClientChooser currentId={current.id} onChoose={onChoose} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

function ClientChooser({ currentId, onChoose }: { currentId: number; onChoose(id: number): void }) {
  const id = useId();
  const clients = useChannel('clients:list', { includeArchived: true });
  const [chosen, setChosen] = useState('');
  if (clients.isError) return <ErrorMessage error={clients.error} />;
  const others = (clients.data ?? []).filter((c) => c.id !== currentId);
  return (
    <div className="field">
      <label htmlFor={id}>The other record</label>
      <div className="button-row">
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose a client…</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={chosen === ''} onClick={() => onChoose(Number(chosen))}>
          Compare
        </button>
      </div>
    </div>
  );
}

interface SideBySideProps {
  kind: MergeKind;
  keepId: number;
  mergeId: number;
  noun: string;
  onSwap(): void;
  onChooseAnother: (() => void) | undefined;
  onMerged(outcome: MergeOutcome): void;
  onCancel(): void;
}

function SideBySide({ kind, keepId, mergeId, noun, onSwap, onChooseAnother, onMerged, onCancel }: SideBySideProps) {
  const pair = { keepId, mergeId };
  const personPreview = useChannel('people:mergePreview', pair, { enabled: kind === 'person', fresh: true });
  const clientPreview = useChannel('clients:mergePreview', pair, { enabled: kind === 'client', fresh: true });
  const preview = kind === 'person' ? personPreview : clientPreview;
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const queryClient = useQueryClient();
  // Marked stale, not refetched: reads of the record merged in would fail while the result shows.
  const merged = (outcome: MergeOutcome) => {
    void queryClient.invalidateQueries({ refetchType: 'none' });
    onMerged(outcome);
  };
  const mergePeople = useChannelMutation('people:merge', { refresh: false, onSuccess: merged });
  const mergeClients = useChannelMutation('clients:merge', { refresh: false, onSuccess: merged });
  const merging = kind === 'person' ? mergePeople : mergeClients;

  if (preview.isPending) return <p role="status">Reading both records…</p>;
  if (preview.isError) {
    return (
      <>
        <ErrorMessage error={preview.error} />
        <div className="dialog-actions">
          {onChooseAnother && (
            <button type="button" onClick={onChooseAnother}>
              Choose another
            </button>
          )}
          <button type="button" onClick={onCancel}>
            Close
          </button>
        </div>
      </>
    );
  }
  const p: MergePreview = preview.data;
  const choiceOf = (f: MergeFieldView) => choices[f.field] ?? f.proposed;
  const merge = () => {
    // Only what was changed from the proposal is sent; the rest the merge proposes itself.
    const input = { keepId, mergeId, choices };
    if (kind === 'person') mergePeople.mutate(input as Parameters<typeof mergePeople.mutate>[0]);
    else mergeClients.mutate(input as Parameters<typeof mergeClients.mutate>[0]);
  };
  // A new pair (after a swap) starts from the proposal again.
  const swap = () => {
    setChoices({});
    onSwap();
  };

  return (
    <>
      <p>
        Keep <strong>{p.kept.name}</strong> and merge <strong>{p.merged.name}</strong> into it. Choose, field by field, which value to keep.
      </p>
      <div className="button-row">
        <button type="button" onClick={swap}>
          <ArrowLeftRight aria-hidden size={16} /> Keep the other record instead
        </button>
        {onChooseAnother && (
          <button type="button" onClick={onChooseAnother}>
            Choose another {noun}
          </button>
        )}
      </div>
      <div className="merge-scroll">
        <table className="merge-table">
          <caption>Every field side by side</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">
                Kept: {p.kept.name} <span className="muted">#{p.kept.id}</span>
              </th>
              <th scope="col">
                Merged in: {p.merged.name} <span className="muted">#{p.merged.id}</span>
              </th>
              <th scope="col">Both</th>
            </tr>
          </thead>
          <tbody>
            {p.fields.map((f) => (
              <FieldRow key={f.field} field={f} chosen={choiceOf(f)} onChoose={(c) => setChoices((all) => ({ ...all, [f.field]: c }))} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="merge-scroll">
        <table className="merge-table">
          <caption>What moves to the record kept</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col" className="numeric">
                {p.kept.name}
              </th>
              <th scope="col" className="numeric">
                {p.merged.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.links.map((l) => (
              <tr key={l.link}>
                <th scope="row">{l.label}</th>
                <td className="numeric">{l.kept}</td>
                <td className="numeric">{l.merged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.notes.length > 0 && (
        <ul aria-label="Also">
          {p.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p>
        {p.merged.name} ({noun} {p.merged.id}) is then deleted for good, not moved to the trash: everything about them is on {p.kept.name}. A backup is made just before; to undo the
        merge, restore it from <Link to={paths.data()}>Your data</Link> (“Before a merge”).
      </p>
      <ErrorMessage error={merging.error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={merge} disabled={merging.isPending}>
          {merging.isPending ? 'Merging…' : `Merge into ${p.kept.name}`}
        </button>
      </div>
    </>
  );
}

function FieldRow({ field, chosen, onChoose }: { field: MergeFieldView; chosen: MergeChoice; onChoose(choice: MergeChoice): void }) {
  const name = useId();
  const same = field.choices.length === 1 && field.kept === field.merged;
  const cell = (choice: MergeChoice, value: string | null) => {
    if (same || !field.choices.includes(choice)) return <td>{choice === 'both' ? null : <span className={value === null ? 'muted' : undefined}>{value ?? '—'}</span>}</td>;
    const shown = choice === 'both' ? 'Keep both' : (value ?? 'Leave empty');
    return (
      <td>
        <label className="merge-choice">
          <input type="radio" name={name} checked={chosen === choice} onChange={() => onChoose(choice)} aria-label={`${field.label}: ${shown}`} />
          <span>{shown}</span>
        </label>
      </td>
    );
  };
  return (
    <tr>
      <th scope="row">
        {field.label}
        {field.note && <span className="merge-note">{field.note}</span>}
        {same && <span className="merge-note">{field.kept === null ? 'empty on both' : 'the same on both'}</span>}
      </th>
      {cell('kept', field.kept)}
      {cell('merged', field.merged)}
      {cell('both', null)}
    </tr>
  );
}

function MergeDone({ kind, outcome, currentId, onClose }: { kind: MergeKind; outcome: MergeOutcome; currentId: number; onClose(): void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const moved = outcome.moved.filter((m) => m.merged > 0);
  const done = () => {
    onClose();
    // The page of the record merged in is gone: go to the one kept, then read afresh.
    if (outcome.kept.id !== currentId) void navigate(pathOf(kind, outcome.kept.id));
    void queryClient.invalidateQueries();
  };
  return (
    <>
      <p role="status">
        {outcome.merged.name} is now part of {outcome.kept.name}.
      </p>
      {moved.length > 0 && (
        <ul aria-label="Moved over">
          {moved.map((m) => (
            <li key={m.link}>
              {m.label}: {m.merged} moved over
            </li>
          ))}
        </ul>
      )}
      {outcome.dropped.length > 0 && (
        <ul aria-label="Dropped">
          {outcome.dropped.map((d) => (
            <li key={d}>Dropped: {d}</li>
          ))}
        </ul>
      )}
      <p>
        A backup from just before the merge is in <Link to={paths.data()}>Your data</Link> (“Before a merge”): restoring it undoes the merge, and anything entered since.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={done}>
          Done
        </button>
      </div>
    </>
  );
}
