// A validation message next to its field. Schema messages are i18n keys, some with values (the
// limit, the day that does not exist: renderer/ui/messages.ts); unknown ones read "not valid".
// Not an alert: a refused save announces one summary, and the field the focus goes to reads its
// own message (it is the field's description), instead of a dozen alerts at once.
import { useTranslation } from 'react-i18next';
import { schemaMessageText } from './messages';

interface ErrorLike {
  message?: string;
}

export function FieldError({ error, id }: { error: ErrorLike | undefined; id?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <span className="field-error" id={id}>
      {schemaMessageText(t, i18n.language, error.message)}
    </span>
  );
}
