import { ChevronDown } from 'lucide-react';
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue } from 'react-aria-components';
import { LIFE_EVENT_CATEGORIES, LIFE_EVENT_TYPES, lifeEventType, type LifeEventCategory, type LifeEventTypeKey } from '../../src/catalogue/life-events.ts';
import { TONE_MEANING, ToneBadge } from './tone.tsx';

const CATEGORY_LABEL: Record<LifeEventCategory, string> = {
  family: 'Family',
  relationships: 'Relationships',
  health: 'Health',
  work: 'Work',
  education: 'Education',
  home: 'Home',
  leisure: 'Leisure',
  business: 'Business',
  loss: 'Loss',
  other: 'Other',
};

const GROUPS = LIFE_EVENT_CATEGORIES.map((category) => ({
  id: category,
  label: CATEGORY_LABEL[category],
  types: LIFE_EVENT_TYPES.filter((t) => t.category === category),
}));

/** The catalogue's types grouped by category, each with the tone that decides how it is brought up. */
export function EventTypePicker({ value, onChange }: { value: LifeEventTypeKey; onChange(value: LifeEventTypeKey): void }) {
  const chosen = lifeEventType(value);
  return (
    <div className="event-type-picker">
      <Select className="field" selectedKey={value} onSelectionChange={(key) => key !== null && onChange(key as LifeEventTypeKey)}>
        <Label>Kind of news</Label>
        <Button className="select-button">
          <SelectValue className="select-value" />
          <ChevronDown aria-hidden size={16} />
        </Button>
        <Popover className="popover">
          <ListBox className="listbox" items={GROUPS}>
            {(group) => (
              <ListBoxSection id={`category:${group.id}`} className="listbox-section">
                <Header className="listbox-header">{group.label}</Header>
                {group.types.map((t) => (
                  <ListBoxItem key={t.key} id={t.key} textValue={t.label} className="listbox-item">
                    <span>{t.label}</span>
                    <ToneBadge tone={t.tone} />
                  </ListBoxItem>
                ))}
              </ListBoxSection>
            )}
          </ListBox>
        </Popover>
      </Select>
      <p className="field-hint">
        <ToneBadge tone={chosen.tone} /> {TONE_MEANING[chosen.tone]}
      </p>
    </div>
  );
}
