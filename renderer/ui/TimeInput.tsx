// A time of day typed in 24 hours (the browser's time control shows AM/PM on an English system).
// Works with react-hook-form's register(): on leaving the field, or on Enter before the form is
// submitted, "9:30", "0930" or "09.30" becomes the stored "09:30"; text that is no time is kept as
// typed so the schema's message names the format.
import { forwardRef, type InputHTMLAttributes, type SyntheticEvent } from 'react';
import { normaliseTime } from '../../shared/time/clock';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>;

export const TimeInput = forwardRef<HTMLInputElement, Props>(function TimeInput({ onChange, onBlur, onKeyDown, className, ...rest }, ref) {
  const normalise = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const time = normaliseTime(input.value);
    if (time === undefined || time === input.value) return;
    input.value = time;
    // register() reads the new value from the event's target (and its type, so a change, not a blur).
    onChange?.({ ...event, type: 'change', target: input, currentTarget: input });
  };
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      placeholder="hh:mm"
      autoComplete="off"
      className={['time-input', className].filter(Boolean).join(' ')}
      onChange={onChange}
      onBlur={(event) => {
        normalise(event);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') normalise(event);
        onKeyDown?.(event);
      }}
    />
  );
});
