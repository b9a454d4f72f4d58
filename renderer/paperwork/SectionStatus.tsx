// What a paperwork section's last action did (a status line) or why it failed (an alert).
import { ErrorBanner } from '../ui/ErrorBanner';
import type { SectionAction } from './useAction';

export function SectionStatus({ action }: { action: SectionAction }) {
  return (
    <>
      <ErrorBanner error={action.failure} />
      <div role="status" aria-live="polite">
        {action.message && <p className="notice success">{action.message}</p>}
      </div>
    </>
  );
}
