import { parseAbsolute, parseDate, type CalendarDate as AriaCalendarDate, type ZonedDateTime } from '@internationalized/date';
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

/** A calendar day (yyyy-MM-dd): typed segment by segment or picked from a calendar. */
export function DayPicker({ label, value, onChange, error, description, className }: DayPickerProps) {
  const { settings } = useSettings();
  return (
    <DatePicker<AriaCalendarDate>
      className={className ? `field ${className}` : 'field'}
      value={value ? parseDate(value) : null}
      onChange={(v) => onChange(v ? v.toString() : null)}
      firstDayOfWeek={settings.weekStart}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <PickerInput />
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="error">{error}</FieldError>
      <CalendarPopover />
    </DatePicker>
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
