// A validation message next to its field. Schema messages are i18n keys, some with values (the
// limit, the day that does not exist: renderer/ui/messages.ts); unknown ones read "not valid".
import { useTranslation } from 'react-i18next';
import { schemaMessageText } from './messages';

interface ErrorLike {
  message?: string;
}

export function FieldError({ error, id }: { error: ErrorLike | undefined; id?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {schemaMessageText(t, i18n.language, error.message)}
    </span>
  );
}
