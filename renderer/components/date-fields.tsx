import { parseAbsolute, parseDate, type CalendarDate as AriaCalendarDate, type ZonedDateTime } from '@internationalized/date';
import { useRef, useState } from 'react';
import { ChevronLeft, ChevronRight, CalendarDays } from 'lucide-react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import type { CalendarDate } from '../../src/dates/calendar-date.ts';
import { useSettings } from '../settings/SettingsContext.tsx';

function CalendarPopover() {
  return (
    <Popover className="popover">
      <Dialog className="calendar-dialog" aria-label="Calendar">
        <Calendar className="calendar">
          <header className="calendar-header">
            <Button slot="previous" aria-label="Previous month">
              <ChevronLeft aria-hidden size={16} />
            </Button>
            <Heading className="calendar-heading" />
            <Button slot="next" aria-label="Next month">
              <ChevronRight aria-hidden size={16} />
            </Button>
          </header>
          <CalendarGrid className="calendar-grid">{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}

type SeenSegments = Partial<Record<'day' | 'month' | 'year', number>>;

/** The day, month and year typed so far, read from the segments as they are shown. */
function readSegments(field: Element): SeenSegments {
  const seen: SeenSegments = {};
  for (const type of ['day', 'month', 'year'] as const) {
    const segment = field.querySelector(`[data-type="${type}"]:not([data-placeholder])`);
    const value = Number(segment?.getAttribute('aria-valuenow'));
    if (segment && Number.isInteger(value)) seen[type] = value;
  }
  return seen;
}

function PickerInput() {
  return (
    <Group className="date-group">
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      <Button className="icon-button" aria-label="Open calendar">
        <CalendarDays aria-hidden size={16} />
      </Button>
    </Group>
  );
}

interface DayPickerProps {
  label: string;
  value: CalendarDate | null;
  onChange(value: CalendarDate | null): void;
  error?: string | undefined;
  description?: string;
  className?: string;
}

/**
 * "There is no 31 February 2026…": the day typed does not exist in that month. The date field
 * would quietly change it to the month's last day when it loses focus; this names it instead.
 */
function impossibleDay(seen: SeenSegments, locale: string): string | null {
  const { day, month, year } = seen;
  if (day === undefined || month === undefined || year === undefined) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day <= daysInMonth) return null;
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return `There is no day ${day} in ${monthName}: it has ${daysInMonth} days. Type the day again.`;
}

/** A calendar day (yyyy-MM-dd): typed segment by segment or picked from a calendar. */
export function DayPicker({ label, value, onChange, error, description, className }: DayPickerProps) {
  const { settings } = useSettings();
  // What was typed, caught as focus leaves and before the field swaps an impossible day for the month's last one.
  const seen = useRef<SeenSegments>({});
  const [impossible, setImpossible] = useState<string | null>(null);
  const problem = error ?? impossible ?? undefined;
  return (
    <div
      className="date-field-wrap"
      onBlurCapture={(event) => {
        seen.current = readSegments(event.currentTarget);
        setTimeout(() => {
          seen.current = {};
        });
      }}
    >
    <DatePicker<AriaCalendarDate>
      className={className ? `field ${className}` : 'field'}
      value={value ? parseDate(value) : null}
      onChange={(v) => {
        const refused = v ? impossibleDay(seen.current, settings.locale) : null;
        setImpossible(refused);
        // Never store the shifted day (28 February for a typed 31st): leave the date unset instead.
        onChange(v && !refused ? v.toString() : null);
      }}
      firstDayOfWeek={settings.weekStart}
      isInvalid={Boolean(problem)}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <PickerInput />
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="error">{problem}</FieldError>
      <CalendarPopover />
    </DatePicker>
    </div>
  );
}

interface MomentPickerProps {
  label: string;
  /** UTC ISO instant. */
  value: string | null;
  onChange(value: string | null): void;
  error?: string | undefined;
  className?: string;
}

/** A date and time on the user's clock (their chosen time zone), stored as a UTC instant. */
export function MomentPicker({ label, value, onChange, error, className }: MomentPickerProps) {
  const { settings } = useSettings();
  return (
    <DatePicker<ZonedDateTime>
      className={className ? `field ${className}` : 'field'}
      value={value ? parseAbsolute(value, settings.timeZone) : null}
      onChange={(v) => onChange(v ? v.toAbsoluteString() : null)}
      granularity="minute"
      hideTimeZone
      firstDayOfWeek={settings.weekStart}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <PickerInput />
      <FieldError className="error">{error}</FieldError>
      <CalendarPopover />
    </DatePicker>
  );
}
