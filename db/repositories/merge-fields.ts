import { AppFailure } from '../../src/contract/result.ts';
import type { MergeChoice, MergeFieldView } from '../../src/contract/schemas/merge.ts';

/** One field of a record two duplicates are merged from: how to read it, show it and combine it. */
export interface MergeFieldSpec<Row> {
  field: string;
  label: string;
  /** The stored value(s) this field sets, as column → value. */
  read(row: Row): Record<string, unknown>;
  /** As a person reads it; null when empty. */
  show(row: Row): string | null;
  /** Free text: "both" keeps the two, one after the other. */
  combinable?: boolean;
  /** A value that may never be dropped once either side has it (a death). */
  keepIfAny?: string;
}

const joinText = (kept: unknown, merged: unknown): unknown => {
  if (typeof kept !== 'string' || typeof merged !== 'string') return kept ?? merged;
  return kept.includes(merged) ? kept : merged.includes(kept) ? merged : `${kept}\n\n${merged}`;
};

/** What a field offers, and what the merge takes unless told otherwise: the kept value, or the other where the kept one is empty. */
export function viewField<Row>(spec: MergeFieldSpec<Row>, kept: Row, merged: Row): MergeFieldView {
  const [k, m] = [spec.show(kept), spec.show(merged)];
  const proposed: MergeChoice = k === null && m !== null ? 'merged' : 'kept';
  let choices: MergeChoice[] = k === m ? ['kept'] : ['kept', 'merged'];
  if (spec.combinable && k !== null && m !== null && k !== m) choices.push('both');
  let note: string | null = null;
  if (spec.keepIfAny && (k === null) !== (m === null)) {
    choices = [proposed];
    note = spec.keepIfAny;
  }
  return { field: spec.field, label: spec.label, kept: k, merged: m, proposed, choices, note };
}

/** The columns the kept record ends with; a choice the field does not offer is refused in words. */
export function resolveFields<Row>(specs: readonly MergeFieldSpec<Row>[], kept: Row, merged: Row, choices: Partial<Record<string, MergeChoice>>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const spec of specs) {
    const view = viewField(spec, kept, merged);
    const choice = choices[spec.field] ?? view.proposed;
    if (!view.choices.includes(choice)) {
      const offered = view.choices.map((c) => `"${c}"`).join(' or ');
      throw new AppFailure('invalid_input', `${spec.label} cannot be taken as "${choice}" here${view.note ? `: ${view.note}` : ''}. Choose ${offered}.`);
    }
    const [k, m] = [spec.read(kept), spec.read(merged)];
    for (const column of Object.keys(k)) {
      columns[column] = choice === 'kept' ? k[column] : choice === 'merged' ? m[column] : joinText(k[column], m[column]);
    }
  }
  return columns;
}

/** Refuses merging a record with itself, before anything is read. */
export function requireTwo(keepId: number, mergeId: number, what: string): void {
  if (keepId === mergeId) throw new AppFailure('invalid_input', `That is the same ${what} twice (id ${keepId}). Choose two different records to merge.`);
}
