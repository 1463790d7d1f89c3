import { TZDate } from '@date-fns/tz/date';
import { ChevronDown } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Client } from '../../../src/contract/schemas/clients.ts';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { addDays, dateParts } from '../../../src/dates/calendar-date.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { MomentPicker } from '../../components/date-fields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';

/**
 * /visits/new?client=ID to plan a visit; /visits/:visitId/edit to change a planned one.
 * /visits/new?at=INSTANT comes from an empty slot on the agenda: it offers that time, and goes
 * back to the agenda's week once the visit is planned.
 */
export function PlanVisitScreen() {
  const { visitId } = useParams();
  const existing = useChannel('visits:get', { id: Number(visitId) }, { enabled: visitId !== undefined });
  const title = visitId ? 'Change a visit' : 'Plan a visit';
  return (
    <section className="screen narrow-screen">
      <PageHeading title={title}>{title}</PageHeading>
      {visitId === undefined ? (
        <VisitPlanForm />
      ) : existing.isSuccess ? (
        <VisitPlanForm visit={existing.data} />
      ) : existing.isPending ? (
        <p role="status">Loading…</p>
      ) : (
        <ErrorMessage error={existing.error} />
      )}
    </section>
  );
}

/** Tomorrow at 09:00 on the user's clock. */
function tomorrowMorning(today: string, timeZone: string): string {
  const { year, month, day } = dateParts(addDays(today, 1));
  return new Date(new TZDate(year, month - 1, day, 9, 0, timeZone).getTime()).toISOString();
}

function VisitPlanForm({ visit }: { visit?: Visit }) {
  const navigate = useNavigate();
  const format = useFormat();
  const { settings } = useSettings();
  const [search] = useSearchParams();
  const clients = useChannel('clients:list', {});
  const [clientId, setClientId] = useState<number | null>(visit?.clientId ?? (Number(search.get('client')) || null));
  const offered = search.get('at');
  const fromAgenda = offered !== null && !Number.isNaN(Date.parse(offered));
  const [startsAt, setStartsAt] = useState<string | null>(visit?.startsAt ?? (fromAgenda ? new Date(offered).toISOString() : tomorrowMorning(format.today(), settings.timeZone)));
  const [purpose, setPurpose] = useState(visit?.purpose ?? '');
  const [location, setLocation] = useState(visit?.location ?? '');
  // null: not touched yet, so everyone currently at the client is expected.
  const [expected, setExpected] = useState<number[] | null>(visit ? visit.attendees.filter((a) => a.expected).map((a) => a.personId) : null);
  const people = useChannel('roles:listForClient', { clientId: clientId ?? 0 }, { enabled: clientId !== null });
  const candidates = (people.data ?? []).filter((r) => r.active && !r.person.diedOn);
  const expectedIds = expected ?? candidates.map((r) => r.personId);

  const create = useChannelMutation('visits:create', { onSuccess: (v) => void navigate(fromAgenda ? paths.agenda({ date: format.dayOf(v.startsAt) }) : paths.briefing(v.id)) });
  const update = useChannelMutation('visits:update');
  const setAttendees = useChannelMutation('visits:setAttendees', { onSuccess: (v) => void navigate(paths.client(v.clientId)) });
  const failure = create.error ?? update.error ?? setAttendees.error;
  const errors = fieldErrors(failure);
  const pending = create.isPending || update.isPending || setAttendees.isPending;
  const [missing, setMissing] = useState<string | null>(null);

  const toggle = (personId: number, on: boolean) => setExpected(on ? [...expectedIds, personId] : expectedIds.filter((id) => id !== personId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!clientId ? 'Choose the client you are visiting.' : !startsAt ? 'Say when the visit is.' : null);
    if (!clientId || !startsAt) return;
    if (!visit) {
      create.mutate({ clientId, startsAt, purpose, location, expectedPersonIds: expectedIds });
      return;
    }
    try {
      await update.mutateAsync({ id: visit.id, clientId, startsAt, purpose, location });
    } catch {
      return;
    }
    const attended = visit.attendees.filter((a) => a.attended && !expectedIds.includes(a.personId)).map((a) => ({ personId: a.personId, expected: false, attended: true }));
    setAttendees.mutate({
      id: visit.id,
      attendees: [...expectedIds.map((personId) => ({ personId, expected: true, attended: visit.attendees.some((a) => a.personId === personId && a.attended) })), ...attended],
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
      {/* The picker mounts once the clients are known, so a preselected client shows its name. */}
      {clients.isSuccess ? (
        <ClientPicker
          clients={clients.data}
          value={clientId}
          onChange={(id) => {
            setClientId(id);
            setExpected(null);
          }}
          error={missing && !clientId ? missing : errors.clientId}
        />
      ) : clients.isError ? (
        <ErrorMessage error={clients.error} />
      ) : (
        <p role="status">Loading clients…</p>
      )}
      <MomentPicker label="When" value={startsAt} onChange={setStartsAt} error={missing && !startsAt ? missing : errors.startsAt} />
      <TextInput label="Purpose" value={purpose} onChange={setPurpose} placeholder="e.g. new router, quarterly check-up" error={errors.purpose} />
      <TextInput label="Where, if not at their usual address" value={location} onChange={setLocation} error={errors.location} />
      {clientId !== null && (
        <fieldset className="choice-list">
          <legend>Who you expect to see</legend>
          <ErrorMessage error={people.error} />
          {candidates.length === 0 && people.isSuccess && <p className="muted">Nobody recorded at this client yet; you can add people on the client’s page.</p>}
          {candidates.map((r) => (
            <label key={r.personId}>
              <input type="checkbox" checked={expectedIds.includes(r.personId)} onChange={(e) => toggle(r.personId, e.target.checked)} />
              {r.person.displayName} <span className="muted">{r.title ?? ROLE_LABEL[r.role]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <ErrorMessage error={failure} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Saving…' : visit ? 'Save changes' : 'Plan visit'}
        </button>
      </div>
    </form>
  );
}

function ClientPicker({ clients, value, onChange, error }: { clients: readonly Client[]; value: number | null; onChange(id: number | null): void; error?: string | null | undefined }) {
  return (
    <ComboBox className="field" defaultItems={clients} selectedKey={value} onSelectionChange={(key) => onChange(key === null ? null : Number(key))} isInvalid={Boolean(error)} validationBehavior="aria" menuTrigger="focus">
      <Label>Client</Label>
      <div className="combo-group">
        <Input placeholder="Type a client’s name" />
        <Button className="icon-button" aria-label="Show clients">
          <ChevronDown aria-hidden size={16} />
        </Button>
      </div>
      <FieldError className="error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {(client: Client) => (
            <ListBoxItem id={client.id} textValue={client.name} className="listbox-item">
              {client.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
