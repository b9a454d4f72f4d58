// The worker file screen reads its record once, when it opens. After "Aggiungi al profilo" has
// changed the skills, the file is reopened through this redirect so its form shows them; the
// skills added travel in the navigation state for the notice.
import { Navigate, useLocation, useParams } from 'react-router-dom';

export const REOPEN_ROUTE = '/casework/reopen/:id';

export function reopenPath(workerId: string): string {
  return `/casework/reopen/${workerId}`;
}

export function skillsAddedOf(state: unknown): string[] {
  if (typeof state !== 'object' || state === null || !('skillsAdded' in state)) return [];
  const skills = (state as { skillsAdded: unknown }).skillsAdded;
  return Array.isArray(skills) ? skills.filter((skill): skill is string => typeof skill === 'string') : [];
}

export function ReopenWorkerFile() {
  const { id } = useParams();
  const location = useLocation();
  return <Navigate to={id ? `/workers/${id}` : '/workers'} replace state={location.state} />;
}
