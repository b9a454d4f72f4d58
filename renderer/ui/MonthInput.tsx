// A month shown by its Italian name ("novembre 2019") whatever the system's language, where the
// browser's own month picker follows the system. Typed as "novembre 2019", "nov 2019", "11/2019" or
// "2019-11"; ↑ and ↓ move by a month. Text that is not yet a month stays as typed until it is one.
import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../shared/i18n/locale';
import { addMonths, readMonthText } from '../../shared/time/months';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  /** `YYYY-MM` */
  value: string;
  onChange: (month: string) => void;
};

export const MonthInput = forwardRef<HTMLInputElement, Props>(function MonthInput({ value, onChange, ...rest }, ref) {
  const { i18n } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      autoComplete="off"
      placeholder={i18n.language === 'en' ? 'month year' : 'mese anno'}
      value={text ?? formatMonth(value, i18n.language)}
      onChange={(event) => {
        setText(event.target.value);
        const month = readMonthText(event.target.value);
        if (month) onChange(month);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
        event.preventDefault();
        setText(null);
        onChange(addMonths(readMonthText(text ?? '') ?? value, event.key === 'ArrowUp' ? 1 : -1));
      }}
      onBlur={(event) => {
        setText(null);
        rest.onBlur?.(event);
      }}
    />
  );
});
