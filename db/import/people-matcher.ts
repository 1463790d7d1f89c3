/**
 * Who a contact is: a saved person, someone earlier in the same file, or someone new. Tried in
 * order: the card's UID, then e-mail, then phone, then exact name. Families share landlines
 * and e-mail addresses, so an e-mail or phone match also needs first names that could be the
 * same person (Sue and Susan, not Sue and Bob); and two cards with different UIDs are two people.
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
}

/** Our own vCard export names people `askafter-person-<id>`. */
const OWN_UID = /^askafter-person-(\d+)$/;

export const isOwnUid = (uid: string | undefined, personId: number): boolean => OWN_UID.exec(uid ?? '')?.[1] === String(personId);

const namesOf = (c: ParsedContact) => [c.fullName, [c.givenName, c.familyName].filter(Boolean).join(' ')];
const firstNamesOf = (c: ParsedContact) => [c.givenName, ...(c.nickname ? [c.nickname] : [])];

/** Could these first names be one person's? The same first letter, as in Sue and Susan. */
const firstNamesAgree = (a: readonly string[], b: readonly string[]) => a.some((x) => b.some((y) => nameKey(x).charAt(0) === nameKey(y).charAt(0)));

export class PeopleMatcher {
  private readonly byId = new Map<number, PersonTarget>();
  private readonly uid = new KeyIndex<PersonTarget>();
  private readonly email = new KeyIndex<PersonTarget>();
  private readonly phone = new KeyIndex<PersonTarget>();
  private readonly name = new KeyIndex<PersonTarget>();

  constructor(saved: readonly PersonRow[]) {
    // People outside the trash first, so they win over a namesake in the trash.
    const ordered = [...saved].sort((a, b) => Number(a.deletedAt !== null) - Number(b.deletedAt !== null) || a.id - b.id);
    for (const row of ordered) {
      const target: PersonTarget = { key: `p${row.id}`, id: row.id, label: displayName(row), row, uid: row.externalUid, firstNames: [row.givenName, ...(row.nickname ? [row.nickname] : [])], claimedBy: null };
      this.byId.set(row.id, target);
      this.remember(target, { uid: row.externalUid, emails: [row.email], phones: [row.phone], names: [displayName(row)] });
    }
  }

  private remember(target: PersonTarget, keys: { uid: string | null | undefined; emails: (string | null)[]; phones: (string | null)[]; names: string[] }): void {
    this.uid.add(keys.uid ?? undefined, target);
    for (const e of keys.emails) if (e) this.email.add(emailKey(e), target);
    for (const p of keys.phones) if (p) this.phone.add(phoneKey(p), target);
    for (const n of keys.names) this.name.add(nameKey(n), target);
  }

  match(c: ParsedContact): { target: PersonTarget; by: MatchedBy } | undefined {
    const own = this.byId.get(Number(OWN_UID.exec(c.uid ?? '')?.[1]));
    // The same id in another database is someone else: the name must agree too.
    if (own && namesOf(c).some((n) => nameKey(n) === nameKey(own.label))) return { target: own, by: 'uid' };
    const distinctCard = (t: PersonTarget) => t.uid !== null && c.uid !== undefined && t.uid !== c.uid;
    const sameFirstName = (t: PersonTarget) => !distinctCard(t) && firstNamesAgree(t.firstNames, firstNamesOf(c));
    const tries: [MatchedBy, readonly PersonTarget[]][] = [
      ['uid', this.uid.get(c.uid)],
      ['email', c.emails.flatMap((e) => this.email.get(emailKey(e.value))).filter(sameFirstName)],
      ['phone', c.phones.flatMap((p) => this.phone.get(phoneKey(p.value))).filter(sameFirstName)],
      ['name', namesOf(c).flatMap((n) => this.name.get(nameKey(n))).filter((t) => !distinctCard(t))],
    ];
    for (const [by, found] of tries) if (found[0]) return { target: found[0], by };
    return undefined;
  }

  /** The contact is this saved person (or, without one, someone new): later contacts find them by its details too. */
  claim(c: ParsedContact, found: PersonTarget | undefined): PersonTarget {
    const target = found ?? { key: `n${c.line}`, id: null, label: c.fullName, row: null, uid: c.uid ?? null, firstNames: firstNamesOf(c), claimedBy: null };
    target.claimedBy = c.line;
    target.uid ??= c.uid ?? null;
    if (!target.row?.deletedAt) this.remember(target, { uid: c.uid, emails: c.emails.map((e) => e.value), phones: c.phones.map((p) => p.value), names: namesOf(c) });
    return target;
  }

  /** Everyone outside the trash known by this full name, saved or in the file. */
  named(name: string): PersonTarget[] {
    return [...new Set(this.name.get(nameKey(name)))].filter((t) => !t.row?.deletedAt);
  }
}
