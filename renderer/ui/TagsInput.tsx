// Comma-separated tags in one text box; the field holds the array. Typed text is shown as typed.
import { forwardRef, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string[] | undefined;
  onChange: (value: string[]) => void;
};

export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export const TagsInput = forwardRef<HTMLInputElement, Props>(function TagsInput({ value, onChange, ...rest }, ref) {
  const [text, setText] = useState<string | null>(null);
  const tags = value ?? [];
  return (
    <>
      <input
        {...rest}
        ref={ref}
        type="text"
        value={text ?? tags.join(', ')}
        onChange={(event) => {
          setText(event.target.value);
          onChange(splitTags(event.target.value));
        }}
        onBlur={(event) => {
          setText(null);
          rest.onBlur?.(event);
        }}
      />
      {tags.length > 0 && (
        <ul className="tags" aria-hidden="true">
          {tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </>
  );
});
