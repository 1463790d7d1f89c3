/**
 * Who a contact is: a saved person, someone earlier in the same file, or someone new. A match
 * needs two signals that agree, never one: the card's UID (ours or the same card again), or
 * the name together with an e-mail address, a phone number, the birthday or the organisation.
 * Families share landlines and e-mail addresses, so an e-mail or phone match also needs names
 * that could be the same person (Sue and Susan Baker, not Sue and Bob, nor Sue Baker and Sue
 * Hill); a number too short to be a full phone number is no signal at all; two cards with
 * different UIDs are two people. The same name and nothing else is left for the user: the
 * preview says so and the contact is added as someone new.
 */
import type { MatchedBy } from '../../src/contract/schemas/transfer.ts';
import type { ParsedContact } from '../../src/import/types.ts';
import { displayName, type PersonRow } from '../repositories/rows.ts';
import { emailKey, KeyIndex, nameKey, phoneKey } from './matching.ts';

export interface PersonTarget {
  /** `p12` for saved person 12, `n34` for the person the contact on line 34 creates. */
  key: string;
  /** Null until the import has created them. */
  id: number | null;
  label: string;
  row: PersonRow | null;
  uid: string | null;
  /** First names and nicknames they are known by. */
  firstNames: string[];
  /** Line of the contact that already claimed this person in this file. */
  claimedBy: number | null;
  familyName: string | null;
  birthday: { month: number; day: number } | null;
  /** Organisations they belong to (the saved person's clients, the card's ORG), as name keys. */
  organisations: string[];
  /** E-mail keys and phone digits known for them, to tell whether a namesake card adds anything. */
  emails: string[];
  phones: string[];
}

/** Our own vCard export names people `askafter-person-<id>`. */
const OWN_UID = /^askafter-person-(\d+)$/;

export const isOwnUid = (uid: string | undefined, personId: number): boolean => OWN_UID.exec(uid ?? '')?.[1] === String(personId);

const namesOf = (c: ParsedContact) => [c.fullName, [c.givenName, c.familyName].filter(Boolean).join(' ')];
const firstNamesOf = (c: ParsedContact) => [c.givenName, ...(c.nickname ? [c.nickname] : [])];

/** Could these first names be one person's? The same first letter, as in Sue and Susan. */
const firstNamesAgree = (a: readonly string[], b: readonly string[]) => a.some((x) => b.some((y) => nameKey(x).charAt(0) === nameKey(y).charAt(0)));

/** First names that could be one person's, and no two different family names. */
const namesAgree = (t: PersonTarget, c: ParsedContact) =>
  firstNamesAgree(t.firstNames, firstNamesOf(c)) && (!t.familyName || !c.familyName || nameKey(t.familyName) === nameKey(c.familyName));

const digitsOf = (phone: string) => phone.replace(/\D/g, '');

/**
 * A card with nothing but the name says nothing against its namesake and adds nothing to them:
 * it is that person's card again, so importing the same file twice does not double anyone.
 */
const onlyAName = (c: ParsedContact) => c.emails.length === 0 && c.phones.length === 0 && c.birthday === undefined && c.organisation === undefined;

/**
 * A second signal beside the same full name: a shared e-mail address or number (here even a
 * short one counts, as it is not alone), the same birthday or the same organisation.
 */
const secondSignal = (t: PersonTarget, c: ParsedContact) =>
  c.emails.some((e) => t.emails.includes(emailKey(e.value) ?? e.value)) ||
  c.phones.some((p) => t.phones.includes(digitsOf(p.value))) ||
  (t.birthday !== null && c.birthday !== undefined && t.birthday.month === c.birthday.month && t.birthday.day === c.birthday.day) ||
  (c.organisation !== undefined && t.organisations.includes(nameKey(c.organisation)));

/** A saved person's numbers and addresses beyond the primary ones. */
export interface SavedDetails {
  phones: string[];
  emails: string[];
}

export class PeopleMatcher {
  private readonly byId = new Map<number, PersonTarget>();
  private readonly uid = new KeyIndex<PersonTarget>();
  private readonly email = new KeyIndex<PersonTarget>();
  private readonly phone = new KeyIndex<PersonTarget>();
  private readonly name = new KeyIndex<PersonTarget>();

  /** Same name, nothing else agreeing: who each such contact could be, for the preview to say. */
  readonly namesakes = new Map<number, PersonTarget[]>();

  /** `organisations`: the names of each saved person's clients, by person id; `details`: all their numbers and addresses. */
  constructor(saved: readonly PersonRow[], organisations: ReadonlyMap<number, readonly string[]> = new Map(), details: ReadonlyMap<number, SavedDetails> = new Map()) {
    // People outside the trash first, so they win over a namesake in the trash.
    const ordered = [...saved].sort((a, b) => Number(a.deletedAt !== null) - Number(b.deletedAt !== null) || a.id - b.id);
    for (const row of ordered) {
      const target: PersonTarget = {
        key: `p${row.id}`,
        id: row.id,
        label: displayName(row),
        row,
        uid: row.externalUid,
        firstNames: [row.givenName, ...(row.nickname ? [row.nickname] : [])],
        claimedBy: null,
        familyName: row.familyName,
        birthday: row.birthdayMonth !== null && row.birthdayDay !== null ? { month: row.birthdayMonth, day: row.birthdayDay } : null,
        organisations: (organisations.get(row.id) ?? []).map(nameKey),
        emails: [],
        phones: [],
      };
      this.byId.set(row.id, target);
      const theirs = details.get(row.id);
      this.remember(target, { uid: row.externalUid, emails: [row.email, ...(theirs?.emails ?? [])], phones: [row.phone, ...(theirs?.phones ?? [])], names: [displayName(row)] });
    }
  }

  private remember(target: PersonTarget, keys: { uid: string | null | undefined; emails: (string | null)[]; phones: (string | null)[]; names: string[] }): void {
    this.uid.add(keys.uid ?? undefined, target);
    for (const e of keys.emails) if (e) this.email.add(emailKey(e), target);
    for (const p of keys.phones) if (p) this.phone.add(phoneKey(p), target);
    target.emails.push(...keys.emails.flatMap((e) => (e ? [emailKey(e) ?? e] : [])));
    target.phones.push(...keys.phones.flatMap((p) => (p ? [digitsOf(p)] : [])));
    for (const n of keys.names) this.name.add(nameKey(n), target);
  }

  match(c: ParsedContact): { target: PersonTarget; by: MatchedBy } | undefined {
    const own = this.byId.get(Number(OWN_UID.exec(c.uid ?? '')?.[1]));
    // The same id in another database is someone else: the name must agree too.
    if (own && namesOf(c).some((n) => nameKey(n) === nameKey(own.label))) return { target: own, by: 'uid' };
    const distinctCard = (t: PersonTarget) => t.uid !== null && c.uid !== undefined && t.uid !== c.uid;
    const sameName = (t: PersonTarget) => !distinctCard(t) && namesAgree(t, c);
    const namesakes = [...new Set(namesOf(c).flatMap((n) => this.name.get(nameKey(n))))].filter((t) => !distinctCard(t));
    const tries: [MatchedBy, readonly PersonTarget[]][] = [
      ['uid', this.uid.get(c.uid)],
      ['email', c.emails.flatMap((e) => this.email.get(emailKey(e.value))).filter(sameName)],
      ['phone', c.phones.flatMap((p) => this.phone.get(phoneKey(p.value))).filter(sameName)],
      ['name', namesakes.filter((t) => secondSignal(t, c) || onlyAName(c))],
    ];
    for (const [by, found] of tries) if (found[0]) return { target: found[0], by };
    const alone = namesakes.filter((t) => !t.row?.deletedAt);
    if (alone.length > 0) this.namesakes.set(c.line, alone);
    return undefined;
  }

  /** The contact is this saved person (or, without one, someone new): later contacts find them by its details too. */
  claim(c: ParsedContact, found: PersonTarget | undefined): PersonTarget {
    const target = found ?? {
      key: `n${c.line}`,
      id: null,
      label: c.fullName,
      row: null,
      uid: c.uid ?? null,
      firstNames: firstNamesOf(c),
      claimedBy: null,
      familyName: c.familyName ?? null,
      birthday: c.birthday ? { month: c.birthday.month, day: c.birthday.day } : null,
      organisations: [],
      emails: [],
      phones: [],
    };
    target.claimedBy = c.line;
    target.uid ??= c.uid ?? null;
    target.familyName ??= c.familyName ?? null;
    target.birthday ??= c.birthday ? { month: c.birthday.month, day: c.birthday.day } : null;
    if (c.organisation && !target.organisations.includes(nameKey(c.organisation))) target.organisations.push(nameKey(c.organisation));
    if (!target.row?.deletedAt) this.remember(target, { uid: c.uid, emails: c.emails.map((e) => e.value), phones: c.phones.map((p) => p.value), names: namesOf(c) });
    return target;
  }

  /** Everyone outside the trash known by this full name, saved or in the file. */
  named(name: string): PersonTarget[] {
    return [...new Set(this.name.get(nameKey(name)))].filter((t) => !t.row?.deletedAt);
  }
}
