// A refusal or failure above a form or a list, in the user's words (renderer/ui/messages.ts). An
// error nobody foresaw reads as a plain apology; its developer's message goes to the console.
import { useEffect } from 'react';
import { logIfUnexpected, useErrorText } from './messages';

export function ErrorBanner({ error }: { error: unknown }) {
  const errorText = useErrorText();
  useEffect(() => {
    if (error !== null && error !== undefined) logIfUnexpected(error);
  }, [error]);
  if (error === null || error === undefined) return null;
  return (
    <p role="alert" className="error-banner">
      {errorText(error)}
    </p>
  );
}
