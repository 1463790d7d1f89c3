import { ChevronDown } from 'lucide-react';
import { useMemo } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Section } from '../../components/Section.tsx';
import { createFormatter } from '../../settings/format.ts';
import { DATE_FORMATS, LOCALES, WEEK_STARTS, type DateFormat, type WeekStart } from '../../settings/settings.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { DesktopSettingsSection } from './DesktopSettingsSection.tsx';
import { KindnessSettingsSection } from './KindnessSettingsSection.tsx';
import { PassphraseSettingsSection } from './PassphraseSettingsSection.tsx';

const WEEK_START_LABEL: Record<WeekStart, string> = { mon: 'Monday', sun: 'Sunday', sat: 'Saturday' };
const FORMAT_NAME: Record<DateFormat, string> = { medium: 'Short', long: 'Long', numeric: 'Numbers', iso: 'ISO' };

/** Display preferences; saved on this computer as soon as they change. */
export function SettingsScreen() {
  const { settings, update } = useSettings();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone').map((z) => ({ id: z })), []);
  const example = '2026-03-29';

  return (
    <section className="screen">
      <PageHeading title="Settings">Settings</PageHeading>
      <p className="muted">Changes apply straight away and are kept on this computer.</p>
      <Section title="Language and dates">
        <div className="stack narrow">
          <SelectField label="Language and region" value={settings.locale} onChange={(locale) => update({ locale })} choices={LOCALES.map((l) => ({ id: l.tag, label: l.label }))} />
          <fieldset className="choice-list">
            <legend>Date format</legend>
            {DATE_FORMATS.map((f) => (
              <label key={f}>
                <input type="radio" name="date-format" checked={settings.dateFormat === f} onChange={() => update({ dateFormat: f })} />
                {FORMAT_NAME[f]}: <span className="muted">{createFormatter({ ...settings, dateFormat: f }).date(example)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-row">
            <legend>Weeks start on</legend>
            {WEEK_STARTS.map((w) => (
              <label key={w}>
                <input type="radio" name="week-start" checked={settings.weekStart === w} onChange={() => update({ weekStart: w })} />
                {WEEK_START_LABEL[w]}
              </label>
            ))}
          </fieldset>
          <ComboBox
            className="field"
            items={zones}
            defaultInputValue={settings.timeZone}
            selectedKey={settings.timeZone}
            onSelectionChange={(key) => key !== null && update({ timeZone: String(key) })}
          >
            <Label>Time zone</Label>
            <div className="combo-group">
              <Input />
              <Button className="icon-button" aria-label="Show time zones">
                <ChevronDown aria-hidden size={16} />
              </Button>
            </div>
            <Popover className="popover">
              <ListBox className="listbox">
                {(zone: { id: string }) => (
                  <ListBoxItem id={zone.id} className="listbox-item">
                    {zone.id}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </ComboBox>
        </div>
      </Section>
      <KindnessSettingsSection />
      <DesktopSettingsSection />
      <PassphraseSettingsSection />
    </section>
  );
}
