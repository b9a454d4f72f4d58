// A month shown by its Italian name ("novembre 2019") whatever the system's language, where the
// browser's own month picker follows the system. Typed as "novembre 2019", "nov 2019", "11/2019" or
// "2019-11"; ↑ and ↓ move by a month. Text that is not yet a month stays as typed until it is one.
import { forwardRef, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../shared/i18n/locale';
import { addMonths, readMonthText } from '../../shared/time/months';
import { useTypedText } from './useTypedText';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  /** `YYYY-MM` */
  value: string;
  onChange: (month: string) => void;
};

export const MonthInput = forwardRef<HTMLInputElement, Props>(function MonthInput({ value, onChange, ...rest }, ref) {
  const { i18n } = useTranslation();
  const text = useTypedText(formatMonth(value, i18n.language));
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      autoComplete="off"
      placeholder={i18n.language === 'en' ? 'month year' : 'mese anno'}
      value={text.shown}
      onChange={(event) => {
        text.type(event.target.value);
        const month = readMonthText(event.target.value);
        if (month) onChange(month);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
        event.preventDefault();
        text.reset();
        onChange(addMonths(readMonthText(text.typed ?? '') ?? value, event.key === 'ArrowUp' ? 1 : -1));
      }}
      onBlur={(event) => {
        text.leave(event.target.value);
        rest.onBlur?.(event);
      }}
    />
  );
});
