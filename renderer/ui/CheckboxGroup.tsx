// A set of checkboxes bound to one array field.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from './FieldError';

interface CheckboxGroupProps {
  legend: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: { message?: string } | undefined;
}

export function CheckboxGroup({ legend, options, registration, error }: CheckboxGroupProps) {
  return (
    <fieldset className="field checkbox-group" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value} className="inline">
            <input type="checkbox" value={option.value} {...registration} /> {option.label}
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
