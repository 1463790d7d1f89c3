import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ImportOutcome, ImportPreview } from '../../../src/contract/schemas/transfer.ts';
import type { ColumnMapping } from '../../../src/import/types.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportInput } from '../../../src/contract/schemas/transfer.ts';
import { useApi } from '../../api/context.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { ColumnMappingTable } from './ColumnMappingTable.tsx';
import { EventAssignments } from './EventAssignments.tsx';
import { CountList, ImportPreviewView } from './ImportPreviewView.tsx';
import { entityCount } from './labels.ts';
import { readImportFile, type ImportSource } from './read-file.ts';
import { SameNameChoices } from './SameNameChoices.tsx';
import { TransferProgressBar } from './TransferProgressBar.tsx';
import { useTransferJob } from './use-transfer-job.ts';

/** What the user decided after seeing the preview; preview and apply get the same. */
interface Decisions {
  /** Undefined until the user confirms or changes the spreadsheet's columns. */
  mapping?: ColumnMapping;
  assignments: Record<string, number>;
  /** Contact line → the saved namesake to merge it into; a contact not listed is added as new. */
  merges: Record<string, number>;
  skipErrors: boolean;
}

const NO_DECISIONS: Decisions = { assignments: {}, merges: {}, skipErrors: false };

/**
 * Choose a file, see what it would do, decide, then import. Nothing is written before
 * "Import"; the backend takes a safety backup first and writes all or nothing.
 */
export function ImportSection() {
  const inputId = useId();
  const { timeZone, locale } = useSettings().settings;
  const [source, setSource] = useState<ImportSource | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [decisions, setDecisions] = useState<Decisions>(NO_DECISIONS);
  // Changing the key clears the file input after an import.
  const [inputKey, setInputKey] = useState(0);
  // Both run as jobs beside the UI, with progress and Cancel: a large file takes a while.
  const { run, job, cancel } = useTransferJob();
  const queryClient = useQueryClient();
  const preview = useMutation({ mutationFn: (input: ImportInput) => run('import:preview', input) });
  const apply = useMutation({ mutationFn: (input: ImportInput) => run('import:apply', input), onSuccess: () => void queryClient.invalidateQueries() });

  const request = (file: ImportSource, chosen: Decisions) => ({ ...file, ...chosen, timeZone, locale });

  // A .vcf or .ics opened with the desktop app (double-click, "Open with", File → Import…)
  // arrives here as ?opened=N: take it from main and preview it as if chosen here.
  const api = useApi();
  const opened = useSearchParams()[0].get('opened');
  useEffect(() => {
    if (!opened) return;
    let cancelled = false;
    api.call('openedFiles:take', {}).then(
      ({ file }) => {
        if (cancelled || !file) return;
        setDecisions(NO_DECISIONS);
        apply.reset();
        setReadError(null);
        setSource(file);
        preview.mutate({ ...file, ...NO_DECISIONS, timeZone, locale });
      },
      (error: unknown) => !cancelled && setReadError(error),
    );
    return () => {
      cancelled = true;
    };
    // Only a new ?opened= brings a new file; the mutations are stable enough for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const decide = (next: Decisions) => {
    if (!source) return;
    setDecisions(next);
    preview.mutate(request(source, next));
  };

  const choose = async (file: File | undefined) => {
    setSource(null);
    setReadError(null);
    setDecisions(NO_DECISIONS);
    preview.reset();
    apply.reset();
    if (!file) return;
    try {
      const read = await readImportFile(file);
      setSource(read);
      preview.mutate(request(read, NO_DECISIONS));
    } catch (error) {
      setReadError(error);
    }
  };

  const startAgain = () => {
    setSource(null);
    setDecisions(NO_DECISIONS);
    preview.reset();
    apply.reset();
    setInputKey((key) => key + 1);
  };

  return (
    <Section title="Import">
      <p className="muted">
        Contacts from a phone, Google or Outlook (vCard or CSV), a calendar (ICS), or an Ask After export (JSON). You see what would change before anything is written, and a
        backup is made first.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Choose a file to import</label>
        <input key={inputKey} id={inputId} type="file" accept=".vcf,.csv,.ics,.json" onChange={(event) => void choose(event.target.files?.[0])} />
      </div>
      <ErrorMessage error={readError} />

      {apply.isSuccess ? (
        <ImportResult outcome={apply.data} fileName={source?.fileName ?? 'the file'} onAgain={startAgain} />
      ) : (
        source && (
          <div className="import-preview">
            <h3>Preview of {source.fileName}</h3>
            {preview.isPending && !job && <p role="status">Reading {source.fileName}…</p>}
            {job && <TransferProgressBar what={apply.isPending ? `importing ${source.fileName}` : `reading ${source.fileName}`} job={job} onCancel={cancel} />}
            {preview.isError && (
              <>
                <ErrorMessage error={preview.error} />
                <p className="muted">Nothing was imported. Choose another file, or fix this one and choose it again.</p>
              </>
            )}
            {preview.data && (
              <PreviewAndDecide
                preview={preview.data}
                fileName={source.fileName}
                decisions={decisions}
                onDecide={decide}
                onImport={() => apply.mutate(request(source, decisions))}
                importing={apply.isPending || preview.isPending}
              />
            )}
            <ErrorMessage error={apply.error} />
          </div>
        )
      )}
    </Section>
  );
}

interface PreviewAndDecideProps {
  preview: ImportPreview;
  fileName: string;
  decisions: Decisions;
  onDecide(decisions: Decisions): void;
  onImport(): void;
  importing: boolean;
}

function PreviewAndDecide({ preview, fileName, decisions, onDecide, onImport, importing }: PreviewAndDecideProps) {
  const mapping = decisions.mapping ?? preview.csv?.mapping ?? [];
  return (
    <div className="stack">
      {preview.csv && (
        <>
          {preview.csv.needsMapping && decisions.mapping === undefined && (
            <div className="notice button-row">
              <span>The columns were not recognised. Check what each one holds below, then confirm.</span>
              <button type="button" onClick={() => onDecide({ ...decisions, mapping })}>
                These columns are right
              </button>
            </div>
          )}
          <ColumnMappingTable csv={preview.csv} mapping={mapping} onChange={(next) => onDecide({ ...decisions, mapping: next })} />
        </>
      )}
      <SameNameChoices records={preview.records.filter((record) => (record.maybe?.length ?? 0) > 0)} merges={decisions.merges} onChange={(merges) => onDecide({ ...decisions, merges })} />
      {preview.unassigned.length > 0 && <EventAssignments events={preview.unassigned} assignments={decisions.assignments} onChange={(assignments) => onDecide({ ...decisions, assignments })} />}
      <ImportPreviewView preview={preview} fileName={fileName} />
      {/* Problems are records with errors or whole contacts that could not be read (a card with no name): both can be left out. */}
      {(preview.counts.errors > 0 || preview.records.some((record) => record.action === 'error') || decisions.skipErrors) && (
        <label className="check">
          <input type="checkbox" checked={decisions.skipErrors} onChange={(event) => onDecide({ ...decisions, skipErrors: event.target.checked })} />
          Import the rest without the ones that have problems
        </label>
      )}
      {/* A file-wide error is often the reason itself: say it once. */}
      {preview.blockedBy && !preview.issues.some((issue) => issue.message.endsWith(preview.blockedBy ?? '')) && <p className="notice">{preview.blockedBy}</p>}
      <div className="button-row">
        <button type="button" className="primary" onClick={onImport} disabled={!preview.canApply || importing}>
          Import
        </button>
        <span className="muted">{preview.canApply ? 'Nothing has been written yet.' : 'Nothing will be written until this is resolved.'}</span>
      </div>
    </div>
  );
}

function ImportResult({ outcome, fileName, onAgain }: { outcome: ImportOutcome; fileName: string; onAgain(): void }) {
  const written = (counts: ImportOutcome['created']) =>
    Object.entries(counts)
      .filter(([, n]) => n)
      .map(([entity, n]) => entityCount(entity as keyof typeof counts, n))
      .join(', ');
  const created = written(outcome.created);
  const updated = written(outcome.updated);
  return (
    <div className="import-result" role="status">
      <h3>Imported {fileName}</h3>
      <CountList counts={outcome.counts} label={`What importing ${fileName} did`} />
      <p>
        {created ? `Added ${created}.` : 'Nothing new was added.'}
        {updated && ` Filled in ${updated}.`} A backup from just before is listed under Backups.
      </p>
      <button type="button" onClick={onAgain}>
        Import another file
      </button>
    </div>
  );
}
