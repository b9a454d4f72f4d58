// Feature repositories are built from the unlocked services, once per unlock.
import { useMemo } from 'react';
import { useServices, type Services } from './services';

export function useRepository<R>(factory: (services: Services) => R): R {
  const services = useServices();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the factory is a module-level function
  return useMemo(() => factory(services), [services]);
}
