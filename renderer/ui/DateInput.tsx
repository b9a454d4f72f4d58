// A date typed as dd/mm/yyyy and stored as YYYY-MM-DD. Text that is not yet a date is passed on as
// typed, so the schema reports it next to the field and nothing the user typed is lost.
import { forwardRef, type InputHTMLAttributes } from 'react';
import { useTypedText } from './useTypedText';

export function italianToIso(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  return `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
}

export function isoToItalian(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string | undefined;
  onChange: (value: string) => void;
};

export const DateInput = forwardRef<HTMLInputElement, Props>(function DateInput({ value, onChange, ...rest }, ref) {
  const text = useTypedText(isoToItalian(value ?? ''));
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      placeholder="gg/mm/aaaa"
      value={text.shown}
      onChange={(event) => {
        text.type(event.target.value);
        onChange(event.target.value.trim() === '' ? '' : (italianToIso(event.target.value) ?? event.target.value));
      }}
      onBlur={(event) => {
        text.leave(event.target.value);
        rest.onBlur?.(event);
      }}
    />
  );
});
