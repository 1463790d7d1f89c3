import type { ImportCounts, ImportPreview, ImportRecord } from '../../../src/contract/schemas/transfer.ts';
import { ACTION_LABEL, COUNT_LABEL, entityLabel } from './labels.ts';

/** Enough rows to check a file by eye; every error row is shown however many there are. */
const ROWS_SHOWN = 250;

export function CountList({ counts, label }: { counts: ImportCounts; label: string }) {
  return (
    <ul className="import-counts" aria-label={label}>
      {(Object.keys(COUNT_LABEL) as (keyof ImportCounts)[]).map((key) => (
        <li key={key} className={key === 'errors' && counts.errors > 0 ? 'has-errors' : undefined}>
          <strong>{counts[key]}</strong> {COUNT_LABEL[key]}
        </li>
      ))}
    </ul>
  );
}

/** What import:apply would write, record by record; nothing is written yet. */
export function ImportPreviewView({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const errors = preview.issues.filter((issue) => issue.severity === 'error');
  const warnings = preview.issues.filter((issue) => issue.severity === 'warning');
  const shown = preview.records.filter((record, index) => index < ROWS_SHOWN || record.action === 'error');

  return (
    <div className="stack">
      <CountList counts={preview.counts} label={`What importing ${fileName} would do`} />
      {errors.length > 0 && <IssueList title="Errors" issues={errors} className="error" />}
      {warnings.length > 0 && <IssueList title="Warnings" issues={warnings} className="care" />}
      {preview.records.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              Records in {fileName}
              {shown.length < preview.records.length && ` (the first ${shown.length} of ${preview.records.length})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Record</th>
                <th scope="col">What happens</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((record, index) => (
                <RecordRow key={index} record={record} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function RecordRow({ record }: { record: ImportRecord }) {
  return (
    <tr className={`action-${record.action}`}>
      <td className="numeric">{record.line ?? '—'}</td>
      <td>
        {record.label} <span className="muted">({entityLabel(record.entity)})</span>
      </td>
      <td>
        <span className="badge">{ACTION_LABEL[record.action]}</span>
        {record.rows !== undefined && ` ${record.rows} rows`}
      </td>
      <td>{record.notes.join('; ')}</td>
    </tr>
  );
}

function IssueList({ title, issues, className }: { title: string; issues: ImportPreview['issues']; className: string }) {
  return (
    <div>
      <h4 className="subheading">{title}</h4>
      <ul className={`issue-list ${className}`}>
        {issues.map((issue, index) => (
          <li key={index}>{issue.message.startsWith('Line ') ? issue.message : `Line ${issue.line}: ${issue.message}`}</li>
        ))}
      </ul>
    </div>
  );
}
