import type { ImportCounts, ImportEntity, ImportFormat, ImportOutcome, ImportPreview, ImportRecord } from '../../src/contract/schemas/transfer.ts';
import type { ImportIssue } from '../../src/import/types.ts';

/** Rows written by an apply, by kind of record. */
export class Tally {
  readonly created: Partial<Record<ImportEntity, number>> = {};
  readonly updated: Partial<Record<ImportEntity, number>> = {};

  create(entity: ImportEntity, n = 1): void {
    this.created[entity] = (this.created[entity] ?? 0) + n;
  }

  update(entity: ImportEntity): void {
    this.updated[entity] = (this.updated[entity] ?? 0) + 1;
  }
}

/**
 * What an import would do, worked out without writing: the preview shows it, and apply works
 * it out again from the same input and runs `write` in one transaction.
 */
export interface Plan extends Omit<ImportPreview, 'counts' | 'canApply' | 'blockedBy'> {
  /** A reason no decision can get round (not our JSON, a non-empty database): nothing may be written. */
  fatal: string | null;
  write(tally: Tally): void;
}

export const emptyPlanParts = { csv: null, unassigned: [], window: null, fatal: null } satisfies Partial<Plan>;

export function countRecords(records: readonly ImportRecord[], issues: readonly ImportIssue[]): ImportCounts {
  const counts: ImportCounts = { new: 0, updated: 0, duplicates: 0, skipped: 0, errors: issues.filter((i) => i.severity === 'error').length };
  const field = { new: 'new', update: 'updated', duplicate: 'duplicates', skip: 'skipped', error: 'errors' } as const;
  for (const record of records) counts[field[record.action]] += record.rows ?? 1;
  return counts;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why apply would refuse, given the user's decisions; null when it would write. */
export function blockedBy(plan: Plan, counts: ImportCounts, decisions: { mappingGiven: boolean; skipErrors: boolean }): string | null {
  if (plan.fatal) return plan.fatal;
  if (plan.csv?.needsMapping && !decisions.mappingGiven) {
    return 'The spreadsheet\'s columns were not recognised. Check which column holds what (the suggested mapping is shown), then import with that mapping.';
  }
  if (counts.errors > 0 && !decisions.skipErrors) {
    const first = plan.issues.find((i) => i.severity === 'error');
    const firstRecord = plan.records.find((r) => r.action === 'error');
    const example = first ? first.message : firstRecord ? `${firstRecord.line === null ? '' : `line ${firstRecord.line}, `}${firstRecord.label}: ${firstRecord.notes.join('; ')}` : '';
    return `The file has ${plural(counts.errors, 'problem')}, the first: ${example} Nothing was imported: fix the file and import it again, or choose to import the rest without ${counts.errors === 1 ? 'it' : 'them'}.`;
  }
  return null;
}

export function toPreview(plan: Plan, decisions: { mappingGiven: boolean; skipErrors: boolean }): ImportPreview {
  const { fatal: _fatal, write: _write, ...shown } = plan;
  const counts = countRecords(plan.records, plan.issues);
  const blocked = blockedBy(plan, counts, decisions);
  return { ...shown, counts, canApply: blocked === null, blockedBy: blocked };
}

export function toOutcome(format: ImportFormat, counts: ImportCounts, tally: Tally): ImportOutcome {
  return { format, counts, created: tally.created, updated: tally.updated };
}
