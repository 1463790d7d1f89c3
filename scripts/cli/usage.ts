/**
 * What each command takes, in one light module: `askafter --help` and a mistyped command print
 * it without loading the database, the importers or the engine.
 */
export const CLIENTS_USAGE = `askafter clients list [--all] [--tag TAG] [--json]
askafter clients add NAME [--kind business|household] [--json]`;

export const TAGS_USAGE = `askafter tags [list] [--json]
askafter tags add|remove --client ID | --person ID TAG
askafter tags rename TAG --to NEW_NAME
askafter tags rhythm TAG --weeks N | --days N | --none   (for clients tagged TAG with no rhythm of their own)
askafter tags delete TAG --yes`;

export const BRIEF_USAGE = `askafter brief [--visit ID | --next] [--now ISO] [--tz ZONE] [--locale TAG] [--all] [--json]
askafter dashboard [--now ISO] [--tz ZONE] [--locale TAG] [--from yyyy-MM-dd --to yyyy-MM-dd] [--all] [--json]`;

export const AGENDA_USAGE = `askafter agenda [--from yyyy-MM-dd] [--days N] [--tz ZONE] [--locale TAG] [--json]   (every client's visits and contacts, day by day)`;

export const BACKUP_USAGE = `askafter backup [--dir DIR] [--json]
askafter backups [--dir DIR] [--json]
askafter backups --purge-older --yes   (after forgetting someone: delete every backup but a fresh one)
askafter restore BACKUP_FILE [--json]
askafter check [--json]`;

export const DEMO_USAGE = `askafter demo [--size sample|large] [--now 2026-11-25T09:00:00Z] [--json]`;

export const TRANSFER_USAGE = `askafter export --format json|csv|vcard|ics --out PATH [--entity TABLE] [--time-zone ZONE] [--todos]
askafter import FILE [--format vcard|csv|ics|json] [--dry-run] [--skip-errors] [--assign UID=CLIENT_ID]… [--time-zone ZONE]
askafter export-person ID --out FILE
askafter forget-person ID --yes [--purge-backups]`;

export const CONTACTS_USAGE = `askafter log-contact --client ID [--person ID] [--kind call|email|message|remote] [--at ISO] [--promised TEXT] [--follow-up ISO] WHAT IT WAS ABOUT
askafter contacts --client ID | --person ID [--limit N] [--json]`;

export const MERGE_USAGE = `askafter duplicates [--json]
askafter not-the-same person|client ID ID [--undo] [--json]
askafter merge-people KEEP_ID MERGE_ID [--take FIELD=kept|merged|both]… [--yes] [--json]
askafter merge-clients KEEP_ID MERGE_ID [--take FIELD=kept|merged|both]… [--yes] [--json]
  (without --yes: both side by side, nothing changed; with it: a backup, then one record, the other deleted for good)`;
export const DETAILS_USAGE = `askafter details --person ID | --client ID [--json]
askafter add-phone --person ID | --client ID [--label mobile|home|work|other|WORDS] NUMBER
askafter add-email --person ID | --client ID [--label mobile|home|work|other|WORDS] ADDRESS`;

export const FIELDS_USAGE = `askafter fields CLIENT [--json]   (CLIENT is an id or a name: the client's own fields)
askafter set-field CLIENT LABEL VALUE   (e.g. askafter set-field 3 "ISP" "Zen Internet"; the field with that label changes, else one is added)
askafter set-field CLIENT LABEL --date yyyy-MM-dd [--remind DAYS|none]   (a renewal: on the dashboard DAYS before the date)
askafter remove-field CLIENT LABEL`;
