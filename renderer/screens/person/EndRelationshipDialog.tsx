import { useState } from 'react';
import type { RelativeView } from '../../../src/contract/schemas/people.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DayPicker } from '../../components/date-fields.tsx';
import { useFormat } from '../../settings/format.ts';

interface EndRelationshipProps {
  view: RelativeView;
  personName: string;
  /** A partner or spouse: they separated, rather than the relationship ended. */
  couple: boolean;
  /** "grandchild", as the sentence says it. */
  relation: string;
  onClose(): void;
}

/** "Separated…" or "End…" beside a relative: asks for the day, then ends the relationship from it. */
export function EndRelationshipDialog({ view, personName, couple, relation, onClose }: EndRelationshipProps) {
  const format = useFormat();
  const { relationship, other } = view;
  const [until, setUntil] = useState<string | null>(() => format.today());
  const end = useChannelMutation('relationships:end', { onSuccess: onClose });
  return (
    <ConfirmDialog
      title={couple ? `${personName} and ${other.displayName} separated` : `${other.displayName} is no longer ${personName}’s ${relation}`}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      confirmLabel={couple ? 'Record the separation' : 'End the relationship'}
      onConfirm={() => until && end.mutate({ id: relationship.id, until })}
      pending={end.isPending}
      error={end.error}
    >
      <p>
        {couple
          ? `From then on, briefings will not mention ${other.displayName} as a partner.`
          : `From then on, briefings will not present ${other.displayName} as ${personName}’s ${relation}.`}
      </p>
      <DayPicker label={couple ? 'Separated on' : 'Ended on'} value={until} onChange={setUntil} />
    </ConfirmDialog>
  );
}
