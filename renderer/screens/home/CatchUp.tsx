import type { DatedItem } from '../../../src/briefing/dashboard.ts';
import type { CalendarDate } from '../../../src/dates/calendar-date.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { DatedList } from './DatedList.tsx';

/** What came due while the app was closed; it stays until dismissed, then starts afresh. */
export function CatchUp({ items, total, timeZone, today }: { items: readonly DatedItem[]; total: number; timeZone: string; today: CalendarDate }) {
  const dismiss = useChannelMutation('dashboard:dismissCatchUp');
  if (items.length === 0) return null;
  return (
    <Section
      title="While you were away"
      className="catch-up"
      actions={
        <button type="button" onClick={() => dismiss.mutate({})} disabled={dismiss.isPending}>
          Dismiss
        </button>
      }
    >
      <DatedList items={items} total={total} list="catchUp" timeZone={timeZone} label="Came due while you were away" empty="" today={today} />
      <ErrorMessage error={dismiss.error} />
    </Section>
  );
}
