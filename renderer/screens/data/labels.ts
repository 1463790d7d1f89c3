import type { ImportAction, ImportCounts, ImportEntity } from '../../../src/contract/schemas/transfer.ts';
import type { ContactField } from '../../../src/import/types.ts';

export const ACTION_LABEL: Record<ImportAction, string> = {
  new: 'Add',
  update: 'Fill in',
  duplicate: 'Already there',
  skip: 'Skip',
  error: 'Error',
};

export const COUNT_LABEL: Record<keyof ImportCounts, string> = {
  new: 'new',
  updated: 'updated',
  duplicates: 'duplicates',
  skipped: 'skipped',
  errors: 'errors',
};

const ENTITY_LABEL: Partial<Record<ImportEntity, string>> = {
  person: 'person',
  client: 'client',
  role: 'role',
  relationship: 'relationship',
  event: 'life event',
  visit: 'visit',
};

const ENTITY_PLURAL: Partial<Record<ImportEntity, string>> = {
  person: 'people',
  client: 'clients',
  role: 'roles',
  relationship: 'relationships',
  event: 'life events',
  visit: 'visits',
};

/** "person"; a table of our JSON export keeps its own name ("lifeEvents"). */
export const entityLabel = (entity: ImportEntity): string => ENTITY_LABEL[entity] ?? entity;

/** "1 person", "3 people", "12 rows of lifeEvents". */
export function entityCount(entity: ImportEntity, n: number): string {
  if (!ENTITY_LABEL[entity]) return `${n} ${n === 1 ? 'row' : 'rows'} of ${entity}`;
  return n === 1 ? `1 ${ENTITY_LABEL[entity]}` : `${n} ${ENTITY_PLURAL[entity]}`;
}

export const FIELD_LABEL: Record<ContactField, string> = {
  fullName: 'Full name',
  givenName: 'First name',
  familyName: 'Family name',
  nickname: 'Nickname',
  birthday: 'Birthday',
  birthYear: 'Birth year',
  birthMonth: 'Birth month',
  birthDay: 'Birth day',
  anniversary: 'Wedding anniversary',
  phone: 'Phone',
  phoneType: 'Phone type',
  email: 'E-mail',
  emailType: 'E-mail type',
  formattedAddress: 'Address (one line)',
  poBox: 'PO box',
  extendedAddress: 'Address line 2',
  street: 'Street',
  locality: 'Town',
  region: 'County or region',
  postalCode: 'Postcode',
  country: 'Country',
  addressType: 'Address type',
  organisation: 'Organisation (becomes a client)',
  title: 'Job title',
  note: 'Notes',
  related: 'Relative’s name',
  relatedType: 'How they are related',
  uid: 'Contact ID',
};

const REASON_LABEL: Record<string, string> = {
  manual: 'Made by you',
  daily: 'Daily',
  'pre-migration': 'Before an upgrade',
  'pre-import': 'Before an import',
  'pre-restore': 'Before a restore',
  'pre-encryption': 'Before encrypting',
  'pre-rekey': 'Before a passphrase change',
  'after-forget': 'After forgetting someone',
  'pre-merge': 'Before a merge',
};

export const reasonLabel = (reason: string): string => REASON_LABEL[reason] ?? reason;

/** "840 KB", "12.4 MB". */
export function sizeText(bytes: number, locale: string): string {
  const [unit, value] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : bytes >= 1e3 ? ['kilobyte', bytes / 1e3] : ['byte', bytes];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
