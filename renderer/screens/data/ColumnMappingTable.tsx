import type { ImportPreview } from '../../../src/contract/schemas/transfer.ts';
import type { ColumnMapping, ColumnTarget, ContactField } from '../../../src/import/types.ts';
import { SelectField, type Choice } from '../../components/fields.tsx';
import { FIELD_LABEL } from './labels.ts';

type Target = ContactField | 'ignore';

const CHOICES: Choice<Target>[] = [{ id: 'ignore', label: 'Leave out' }, ...(Object.entries(FIELD_LABEL) as [ContactField, string][]).map(([id, label]) => ({ id, label }))];

interface ColumnMappingTableProps {
  csv: NonNullable<ImportPreview['csv']>;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/** Which column of a spreadsheet holds what, prefilled with what the reader guessed. */
export function ColumnMappingTable({ csv, mapping, onChange }: ColumnMappingTableProps) {
  const choose = (column: number, target: Target) => {
    // Keep the reader's grouping (which phone column goes with which type column) when the field stays.
    const suggested = csv.mapping[column];
    const next: ColumnTarget | null = target === 'ignore' ? null : suggested?.field === target ? suggested : { field: target };
    onChange(mapping.map((entry, index) => (index === column ? next : entry)));
  };

  return (
    <div className="table-scroll">
      <table className="data-table mapping-table">
        <caption>Columns of the spreadsheet</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First values</th>
            <th scope="col">Goes into</th>
          </tr>
        </thead>
        <tbody>
          {csv.headers.map((header, column) => (
            <tr key={column}>
              <th scope="row">{header || `Column ${column + 1}`}</th>
              <td className="muted">
                {csv.sampleRows
                  .map((row) => row.cells[column] ?? '')
                  .filter(Boolean)
                  .slice(0, 3)
                  .join(', ')}
              </td>
              <td>
                <SelectField
                  className="label-hidden"
                  label={`Column “${header || column + 1}” goes into`}
                  value={mapping[column]?.field ?? 'ignore'}
                  onChange={(target) => choose(column, target)}
                  choices={CHOICES}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
