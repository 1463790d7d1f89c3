import { ChevronDown } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Person } from '../../src/contract/schemas/people.ts';
import { useChannel } from '../api/hooks.ts';

interface PersonComboBoxProps {
  label: string;
  onSelect(person: Person): void;
  /** People already chosen, left out of the suggestions. */
  excludeIds?: readonly number[];
  description?: string;
  /** Also find people who have died (off by default: they are rarely who you mean). */
  includeDeceased?: boolean;
}

/** Finds someone already in Ask After by typing part of their name. */
export function PersonComboBox({ label, onSelect, excludeIds = [], description, includeDeceased = false }: PersonComboBoxProps) {
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const people = useChannel('people:list', { ...(query === '' ? {} : { query }), ...(includeDeceased ? { includeDeceased } : {}) }, { keepPrevious: true });
  const items = (people.data ?? []).filter((p) => !excludeIds.includes(p.id)).slice(0, 50);

  return (
    <ComboBox
      className="field"
      items={items}
      inputValue={text}
      onInputChange={setText}
      selectedKey={null}
      onSelectionChange={(key) => {
        const person = items.find((p) => p.id === key);
        if (person) {
          onSelect(person);
          setText('');
        }
      }}
      menuTrigger="focus"
    >
      <Label>{label}</Label>
      <div className="combo-group">
        <Input placeholder="Type a name" />
        <Button className="icon-button" aria-label="Show people">
          <ChevronDown aria-hidden size={16} />
        </Button>
      </div>
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{people.isError ? 'Could not load people.' : 'Nobody by that name yet.'}</p>}>
          {(person: Person) => (
            <ListBoxItem id={person.id} textValue={person.displayName} className="listbox-item">
              {person.displayName}
              {person.diedOn && <span className="muted"> (died)</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
