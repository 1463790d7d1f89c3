import type { ReactNode } from 'react';
import { FieldError, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Button, Text, TextArea, TextField } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';

interface TextInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The field's own problem, from the contract's field details. */
  error?: string | undefined;
  description?: string;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'number';
  autoFocus?: boolean;
  isRequired?: boolean;
  onBlur?(): void;
  className?: string;
}

export function TextInput({ label, value, onChange, error, description, placeholder, multiline, rows = 4, type = 'text', autoFocus, isRequired, onBlur, className }: TextInputProps) {
  return (
    <TextField
      className={className ? `field ${className}` : 'field'}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      autoFocus={autoFocus}
      type={multiline ? undefined : type}
    >
      <Label>{label}</Label>
      {multiline ? <TextArea rows={rows} placeholder={placeholder} /> : <Input placeholder={placeholder} autoComplete="off" />}
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="error">{error}</FieldError>
    </TextField>
  );
}

export interface Choice<K extends string> {
  id: K;
  label: string;
  hint?: ReactNode;
}

interface SelectFieldProps<K extends string> {
  label: string;
  value: K | null;
  onChange(value: K): void;
  choices: readonly Choice<K>[];
  placeholder?: string;
  error?: string | undefined;
  className?: string;
}

/** A labelled drop-down list (react-aria Select): keyboard, typeahead and screen readers included. */
export function SelectField<K extends string>({ label, value, onChange, choices, placeholder = 'Choose…', error, className }: SelectFieldProps<K>) {
  return (
    <Select
      className={className ? `field ${className}` : 'field'}
      selectedKey={value}
      onSelectionChange={(key) => key !== null && onChange(key as K)}
      placeholder={placeholder}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <ChevronDown aria-hidden size={16} />
      </Button>
      <FieldError className="error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} textValue={choice.label} className="listbox-item">
              {choice.label}
              {choice.hint && <span className="muted"> {choice.hint}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
