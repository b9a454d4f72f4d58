import { useRepository } from '../app/useRepository';
import { createCvRepository, type CvRepository } from '../db/repositories/cvRepository';

export function useCvRepository(): CvRepository {
  return useRepository((services) => createCvRepository(services.db, services.session, services.codec));
}
