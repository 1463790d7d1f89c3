import { useEffect, useState } from 'react';
import { exportText } from '../../../src/export/json-format.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { datedFileName, downloadText } from './download.ts';
import { TransferProgressBar } from './TransferProgressBar.tsx';
import { useTransferJob } from './use-transfer-job.ts';

type Kind = 'json' | 'csv' | 'vcard' | 'ics';

interface CsvLink {
  /** The table's file, "people.csv", as the link reads. */
  label: string;
  /** Saved as "askafter-2026-11-25-people.csv". */
  name: string;
  url: string;
}

/** Downloads of everything, for keeping, spreadsheets, phones and calendars. */
export function ExportSection() {
  // Each export runs as a job beside the UI, with progress and Cancel.
  const { run: runJob, job, cancel } = useTransferJob();
  const format = useFormat();
  const { timeZone, locale } = useSettings().settings;
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [csvLinks, setCsvLinks] = useState<CsvLink[]>([]);

  // Object URLs hold the files in memory until revoked.
  useEffect(() => () => csvLinks.forEach((link) => URL.revokeObjectURL(link.url)), [csvLinks]);

  const run = async (kind: Kind, work: (today: string) => Promise<string | void>) => {
    setBusy(kind);
    setError(null);
    setSaved(null);
    try {
      const name = await work(format.today());
      if (name) setSaved(name);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const exports: { kind: Kind; label: string; what: string; hint: string; work(today: string): Promise<string | void> }[] = [
    {
      kind: 'json',
      label: 'Everything (JSON)',
      what: 'exporting everything',
      hint: 'All your records, trash included; imports back into a new Ask After exactly as it is.',
      work: async (today) => {
        const name = datedFileName(today, 'json');
        downloadText(name, exportText(await runJob('export:json', {})), 'application/json');
        return name;
      },
    },
    {
      kind: 'csv',
      label: 'Spreadsheets (CSV)',
      what: 'exporting spreadsheets',
      hint: 'One file per table, to read in a spreadsheet.',
      work: async (today) => {
        const { files } = await runJob('export:csv', {});
        setCsvLinks(files.map((file) => ({ label: file.name, name: datedFileName(today, 'csv', file.name.replace(/\.csv$/, '')), url: URL.createObjectURL(new Blob([file.text], { type: 'text/csv' })) })));
      },
    },
    {
      kind: 'vcard',
      label: 'Contacts (vCard)',
      what: 'exporting contacts',
      hint: 'Everyone, with birthdays and relatives, for a phone or address book.',
      work: async (today) => {
        const name = datedFileName(today, 'vcf');
        downloadText(name, (await runJob('export:vcard', {})).text, 'text/vcard');
        return name;
      },
    },
    {
      kind: 'ics',
      label: 'Calendar (ICS)',
      what: 'exporting the calendar',
      hint: 'Planned visits with their briefings, and open follow-ups, to read offline on a phone.',
      work: async (today) => {
        const name = datedFileName(today, 'ics');
        downloadText(name, (await runJob('export:ics', { timeZone, locale })).text, 'text/calendar');
        return name;
      },
    },
  ];

  return (
    <Section title="Export">
      <ul className="export-list">
        {exports.map(({ kind, label, hint, work }) => (
          <li key={kind}>
            <button type="button" onClick={() => void run(kind, work)} disabled={busy !== null}>
              {busy === kind ? 'Preparing…' : label}
            </button>
            <span className="muted">{hint}</span>
          </li>
        ))}
      </ul>
      {job && busy && <TransferProgressBar what={exports.find((e) => e.kind === busy)?.what ?? 'exporting'} job={job} onCancel={cancel} />}
      <ErrorMessage error={error} />
      {saved && <p role="status">Exported {saved}.</p>}
      {csvLinks.length > 0 && (
        <nav aria-label="Spreadsheet files">
          <h3 className="subheading">Spreadsheet files: save each one you need</h3>
          <ul className="csv-links">
            {csvLinks.map((link) => (
              <li key={link.name}>
                <a href={link.url} download={link.name}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Section>
  );
}
