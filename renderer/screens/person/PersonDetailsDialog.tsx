import type { FormEvent } from 'react';
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_CONSENT, TECH_COMFORT, type Person } from '../../../src/contract/schemas/people.ts';
import type { ContactDetails } from '../../../src/contract/schemas/contact-details.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { ContactDetailsFields, detailErrorPaths, detailsInput, rowsOf } from '../../components/ContactDetailsFields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { CHANNEL_LABEL, CONSENT_LABEL, TECH_COMFORT_LABEL } from '../../components/labels.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { personDraftKey } from '../../drafts/draft-keys.ts';
import { useDraft } from '../../drafts/useDraft.ts';

const NOT_NOTED = 'none';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((label, i) => ({
  id: String(i + 1),
  label,
}));

const SHOWN_BESIDE_FIELDS = ['givenName', 'familyName', 'nickname', 'birthday', 'birthday.day', 'birthday.month', 'birthday.year', 'preferences', 'explainHow', 'followUpTimes', 'notes'];

const toText = (v: string | null | undefined) => v ?? '';

function formOf(person: Person, details: ContactDetails) {
  return {
    givenName: person.givenName,
    familyName: toText(person.familyName),
    nickname: toText(person.nickname),
    birthDay: person.birthday ? String(person.birthday.day) : '',
    birthMonth: person.birthday ? String(person.birthday.month) : NOT_NOTED,
    birthYear: person.birthday?.year ? String(person.birthday.year) : '',
    phones: rowsOf(details.phones, person.phone),
    emails: rowsOf(details.emails, person.email),
    interests: toText(person.interests),
    preferences: toText(person.preferences),
    techComfort: person.techComfort ?? NOT_NOTED,
    explainHow: toText(person.explainHow),
    followUpConsent: person.followUpConsent,
    followUpChannel: person.followUpChannel ?? NOT_NOTED,
    followUpTimes: toText(person.followUpTimes),
    notes: toText(person.notes),
  };
}
type Form = ReturnType<typeof formOf>;

/** Everything about a person that helps the next conversation, in one form. */
export function PersonDetailsDialog({ person, details, isOpen, onOpenChange }: { person: Person; details: ContactDetails; isOpen: boolean; onOpenChange(open: boolean): void }) {
  const draft = useDraft<Form>(personDraftKey(person.id), () => formOf(person, details));
  const form = draft.value;
  const close = (open: boolean) => {
    // Closing on purpose throws the changes away; a reload or a crash keeps them.
    if (!open) draft.discard();
    onOpenChange(open);
  };
  const save = useChannelMutation('people:update', {
    onSuccess: () => {
      draft.clear();
      onOpenChange(false);
    },
  });
  const errors = fieldErrors(save.error);
  const set = (key: Exclude<keyof Form, 'phones' | 'emails'>) => (value: string) => draft.set({ [key]: value });
  const setForm = (update: (f: Form) => Form) => draft.set(update(form));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hasBirthday = form.birthDay.trim() !== '' && form.birthMonth !== NOT_NOTED;
    save.mutate({
      id: person.id,
      givenName: form.givenName,
      familyName: form.familyName,
      nickname: form.nickname,
      birthday: hasBirthday ? { day: Number(form.birthDay), month: Number(form.birthMonth), year: form.birthYear.trim() ? Number(form.birthYear) : null } : null,
      phones: detailsInput(form.phones),
      emails: detailsInput(form.emails),
      interests: form.interests,
      preferences: form.preferences,
      techComfort: form.techComfort === NOT_NOTED ? null : (form.techComfort as Person['techComfort']),
      explainHow: form.explainHow,
      followUpConsent: form.followUpConsent,
      followUpChannel: form.followUpChannel === NOT_NOTED ? null : (form.followUpChannel as Person['followUpChannel']),
      followUpTimes: form.followUpTimes,
      notes: form.notes,
    });
  };

  return (
    <AppDialog title={`Edit ${person.displayName}`} isOpen={isOpen} onOpenChange={close} className="wide">
      <form onSubmit={submit} className="stack" noValidate>
        <DraftNotice draft={draft} />
        <div className="form-grid">
          <TextInput label="First name" value={form.givenName} onChange={set('givenName')} error={errors.givenName} />
          <TextInput label="Family name" value={form.familyName} onChange={set('familyName')} error={errors.familyName} />
          <TextInput label="Known as" value={form.nickname} onChange={set('nickname')} error={errors.nickname} />
        </div>
        <fieldset className="birthday">
          <legend>Birthday (the year is optional)</legend>
          <div className="form-grid">
            <TextInput label="Day" type="number" value={form.birthDay} onChange={set('birthDay')} error={errors['birthday.day']} className="short" />
            <SelectField label="Month" value={form.birthMonth} onChange={set('birthMonth')} choices={[{ id: NOT_NOTED, label: 'Not known' }, ...MONTHS]} error={errors['birthday.month']} />
            <TextInput label="Year" type="number" value={form.birthYear} onChange={set('birthYear')} error={errors['birthday.year']} className="short" />
          </div>
          {errors.birthday && (
            <p role="alert" className="error">
              {errors.birthday}
            </p>
          )}
        </fieldset>
        <ContactDetailsFields kind="phone" name="phones" rows={form.phones} onChange={(phones) => draft.set({ phones })} errors={errors} />
        <ContactDetailsFields kind="email" name="emails" rows={form.emails} onChange={(emails) => draft.set({ emails })} errors={errors} />
        <TextInput label="Interests (small talk)" value={form.interests} onChange={set('interests')} placeholder="allotment, Leeds United" error={errors.interests} />
        <TextInput label="Preferences" value={form.preferences} onChange={set('preferences')} placeholder="lemon drizzle cake; tea, no sugar" error={errors.preferences} />
        <SelectField
          label="Comfort with technology"
          value={form.techComfort}
          onChange={set('techComfort')}
          choices={[{ id: NOT_NOTED, label: 'Not noted' }, ...TECH_COMFORT.map((t) => ({ id: t, label: TECH_COMFORT_LABEL[t] }))]}
        />
        <TextInput label="How they like things explained" value={form.explainHow} onChange={set('explainHow')} multiline rows={2} placeholder="step by step, written down; no jargon" error={errors.explainHow} />
        <fieldset className="choice-row">
          <legend>Happy to be followed up after a job?</legend>
          {FOLLOW_UP_CONSENT.map((c) => (
            <label key={c}>
              <input type="radio" name="consent" checked={form.followUpConsent === c} onChange={() => setForm((f) => ({ ...f, followUpConsent: c }))} />
              {CONSENT_LABEL[c]}
            </label>
          ))}
        </fieldset>
        {form.followUpConsent === 'yes' && (
          <div className="form-grid">
            <SelectField label="How" value={form.followUpChannel} onChange={set('followUpChannel')} choices={[{ id: NOT_NOTED, label: 'Any way' }, ...FOLLOW_UP_CHANNELS.map((c) => ({ id: c, label: CHANNEL_LABEL[c] }))]} />
            <TextInput label="Good times" value={form.followUpTimes} onChange={set('followUpTimes')} placeholder="weekday evenings after 6" error={errors.followUpTimes} />
          </div>
        )}
        <TextInput label="Notes" value={form.notes} onChange={set('notes')} multiline rows={3} error={errors.notes} />
        <FormError error={save.error} shown={[...SHOWN_BESIDE_FIELDS, ...detailErrorPaths('phones', form.phones), ...detailErrorPaths('emails', form.emails)]} />
        <div className="dialog-actions">
          <button type="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
