// What a record screen shows when its record does not exist (deleted, a wrong link) or is outside
// the user's caseload: the reason, and the way back to the list.
import { Link } from 'react-router-dom';

export function RecordNotFound({ message, backTo, backLabel }: { message: string; backTo: string; backLabel: string }) {
  return (
    <section className="screen">
      <p role="alert" className="error-banner">
        {message}
      </p>
      <Link to={backTo}>{backLabel}</Link>
    </section>
  );
}
