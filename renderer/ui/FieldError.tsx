// A validation message next to its field. Schema messages are i18n keys; unknown ones fall back to a generic text.
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';

interface ErrorLike {
  message?: string;
}

export function messageKey(message: string | undefined): string {
  return message && i18next.exists(message) ? message : 'validation.invalid';
}

export function FieldError({ error, id }: { error: ErrorLike | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {t(messageKey(error.message) as 'validation.invalid')}
    </span>
  );
}
