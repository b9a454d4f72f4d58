// Comune (or foreign country) chooser: type to search, pick from the list; the field stores the
// Belfiore code. Text that matches nothing is kept as typed and the schema flags it.
import { forwardRef, useId, useMemo, useState, type InputHTMLAttributes } from 'react';
import { formatPlace, placeByCode, searchPlaces } from '../../shared/geo/comuni';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'> & {
  value: string | undefined;
  onChange: (value: string) => void;
  includeForeign?: boolean;
};

function labelOf(value: string): string {
  const place = placeByCode(value);
  return place ? formatPlace(place) : value;
}

export const PlaceInput = forwardRef<HTMLInputElement, Props>(function PlaceInput({ value, onChange, includeForeign = false, ...rest }, ref) {
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? labelOf(value ?? '');
  const options = useMemo(() => (shown.length >= 2 ? searchPlaces(shown, { limit: 12, includeForeign }) : []), [shown, includeForeign]);
  return (
    <>
      <input
        {...rest}
        ref={ref}
        type="text"
        autoComplete="off"
        list={listId}
        value={shown}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const exact = searchPlaces(typed.replace(/\s*\([A-Z]{2}\)\s*$/, ''), { limit: 20, includeForeign }).find(
            (place) => formatPlace(place).toLowerCase() === typed.trim().toLowerCase(),
          );
          onChange(exact ? exact.code : typed);
        }}
        onBlur={(event) => {
          setText(null);
          rest.onBlur?.(event);
        }}
      />
      <datalist id={listId}>
        {options.map((place) => (
          <option key={place.code + place.name} value={formatPlace(place)} />
        ))}
      </datalist>
    </>
  );
});
