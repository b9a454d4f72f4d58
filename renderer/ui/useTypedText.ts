// The text of a field that stores a parsed value (a date, a month, a number): while the user types it
// shows exactly what they typed, otherwise the stored value written out. Leaving the field goes back
// to the stored value, unless the typed text still needs correcting (`keepOnLeave`).
import { useState } from 'react';

export interface TypedText {
  /** What the field shows. */
  readonly shown: string;
  /** The text being typed, or null when the field shows the stored value. */
  readonly typed: string | null;
  readonly type: (text: string) => void;
  readonly leave: (text: string) => void;
  /** Back to the stored value at once (a value set by a key, not typed). */
  readonly reset: () => void;
}

export function useTypedText(stored: string, keepOnLeave: (text: string) => boolean = () => false): TypedText {
  const [typed, setTyped] = useState<string | null>(null);
  return {
    shown: typed ?? stored,
    typed,
    type: setTyped,
    leave: (text) => {
      if (!keepOnLeave(text)) setTyped(null);
    },
    reset: () => setTyped(null),
  };
}
