// A number that may have decimals, written the Italian way (37,5; the browser's number field follows
// the system language and refuses the comma). Used with a Controller: while typing the text stays as
// typed; otherwise the stored number is shown with a decimal comma. Text that is no number is passed
// on as NaN, so the schema's "Inserisci un numero." appears next to the field.
import { forwardRef, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, parseDecimal } from '../../shared/text/numbers';
import { useTypedText } from './useTypedText';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number | undefined | null;
  onChange: (value: number | undefined) => void;
  /** Decimals shown for the stored number (the schema sets what is accepted). */
  fractionDigits?: number;
};

export const DecimalInput = forwardRef<HTMLInputElement, Props>(function DecimalInput({ value, onChange, fractionDigits = 2, ...rest }, ref) {
  const { i18n } = useTranslation();
  const stored = typeof value === 'number' && Number.isFinite(value) ? formatDecimal(value, i18n.language, fractionDigits) : '';
  // A number not yet valid keeps its text on screen when the field is left, so the user sees what to correct.
  const text = useTypedText(stored, (typed) => parseDecimal(typed) === undefined && typed.trim() !== '');
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text.shown}
      onChange={(event) => {
        const typed = event.target.value;
        text.type(typed);
        onChange(typed.trim() === '' ? undefined : (parseDecimal(typed) ?? Number.NaN));
      }}
      onBlur={(event) => {
        text.leave(event.target.value);
        rest.onBlur?.(event);
      }}
    />
  );
});
