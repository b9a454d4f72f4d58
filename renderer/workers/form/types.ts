import type { UseFormReturn } from 'react-hook-form';
import type { Worker, WorkerInput } from '../../../shared/domain/worker';

export type WorkerFormApi = UseFormReturn<WorkerInput, unknown, Worker>;

export interface SectionProps {
  form: WorkerFormApi;
}
