import { AlarmClock, Check, Pencil, RotateCcw, Trash2 } from 'lucide-react';
import { lazy, Suspense, useId, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Link } from 'react-router';
import type { FollowUp } from '../../../src/contract/schemas/work.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FOLLOW_UP_KIND_LABEL } from '../../components/labels.ts';
import { hasDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { SNOOZE_CHOICES, snoozedDueAt } from './snooze.ts';

// Only when editing: the dialog and its date fields are most of this screen's code.
const FollowUpDialog = lazy(async () => ({ default: (await import('./FollowUpDialog.tsx')).FollowUpDialog }));

interface FollowUpItemProps {
  followUp: FollowUp;
  clientName?: string | undefined;
  personName?: string | undefined;
}

/** One follow-up: what, when, about whom, the context to answer questions, and done/undo. */
export function FollowUpItem({ followUp, clientName, personName }: FollowUpItemProps) {
  const format = useFormat();
  const outcomeId = useId();
  const [outcome, setOutcome] = useState('');
  const { settings } = useSettings();
  const [editing, setEditing] = useState(() => hasDraft(`follow-up:${followUp.id}:edit`));
  const done = useChannelMutation('followUps:done');
  const snooze = useChannelMutation('followUps:update');
  const trash = useChannelMutation('followUps:delete');
  const overdue = !followUp.doneAt && followUp.dueAt < new Date().toISOString();
  const what = `${FOLLOW_UP_KIND_LABEL[followUp.kind]}${personName ? ` ${personName}` : ''}`;

  return (
    <li className={followUp.doneAt ? 'item done' : overdue ? 'item overdue' : 'item'}>
      <div className="item-main">
        <p className="item-title">
          <strong>{FOLLOW_UP_KIND_LABEL[followUp.kind]}</strong>
          {followUp.personId && personName && <Link to={paths.person(followUp.personId)}>{personName}</Link>}
          {clientName && (
            <>
              {' · '}
              <Link to={paths.client(followUp.clientId)}>{clientName}</Link>
            </>
          )}
        </p>
        <p className="item-meta">
          {followUp.doneAt ? `Done ${format.instant(followUp.doneAt)}` : `${overdue ? 'Overdue since' : 'Due'} ${format.instant(followUp.dueAt)}`}
        </p>
        {followUp.context && <p className="item-text">{followUp.context}</p>}
        {followUp.outcome && <p className="item-text muted">Outcome: {followUp.outcome}</p>}
      </div>
      <div className="item-actions">
        {followUp.doneAt ? (
          <button type="button" onClick={() => done.mutate({ id: followUp.id, done: false })} disabled={done.isPending} aria-label={`Reopen: ${what}`}>
            <RotateCcw aria-hidden size={16} /> Reopen
          </button>
        ) : (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              done.mutate({ id: followUp.id, outcome });
            }}
          >
            <label htmlFor={outcomeId} className="visually-hidden">
              Outcome of {what} (optional)
            </label>
            <input id={outcomeId} value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder="Outcome (optional)" autoComplete="off" />
            <button type="submit" disabled={done.isPending} aria-label={`Mark done: ${what}`}>
              <Check aria-hidden size={16} /> Done
            </button>
          </form>
        )}
        {!followUp.doneAt && (
          <>
            <MenuTrigger>
              <Button className="button" aria-label={`Snooze: ${what}`} isDisabled={snooze.isPending}>
                <AlarmClock aria-hidden size={16} /> Snooze
              </Button>
              <Popover className="popover">
                <Menu
                  className="menu"
                  aria-label={`Snooze: ${what}`}
                  onAction={(key) => {
                    const choice = SNOOZE_CHOICES.find((c) => c.id === key);
                    if (choice) snooze.mutate({ id: followUp.id, dueAt: snoozedDueAt(followUp.dueAt, choice.days, settings.timeZone) });
                  }}
                >
                  {SNOOZE_CHOICES.map((c) => (
                    <MenuItem key={c.id} id={c.id} className="menu-item">
                      {c.label}
                    </MenuItem>
                  ))}
                </Menu>
              </Popover>
            </MenuTrigger>
            <button type="button" onClick={() => setEditing(true)} aria-label={`Edit or reschedule: ${what}`}>
              <Pencil aria-hidden size={16} /> Edit
            </button>
          </>
        )}
        <button type="button" className="quiet" onClick={() => trash.mutate({ id: followUp.id })} disabled={trash.isPending} aria-label={`Move to trash: ${what}`}>
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
      <ErrorMessage error={done.error ?? snooze.error ?? trash.error} />
      {editing && (
        <Suspense fallback={null}>
          <FollowUpDialog followUp={followUp} what={what} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </li>
  );
}
