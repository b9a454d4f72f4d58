// Employers (aziende) and job offers (offerte): routes and menu entries.
import type { Feature } from '../app/feature';
import { EmployerListScreen } from './EmployerListScreen';
import { EmployerScreen } from './EmployerScreen';
import { OfferListScreen } from './offers/OfferListScreen';
import { OfferScreen } from './offers/OfferScreen';

export const employersFeature: Feature = {
  routes: [
    { path: '/employers', element: <EmployerListScreen /> },
    { path: '/employers/new', element: <EmployerScreen /> },
    { path: '/employers/:id', element: <EmployerScreen /> },
    { path: '/offers', element: <OfferListScreen /> },
    { path: '/offers/new', element: <OfferScreen /> },
    { path: '/offers/:id', element: <OfferScreen /> },
  ],
  nav: [
    { to: '/employers', labelKey: 'employers.nav.employers' },
    { to: '/offers', labelKey: 'employers.nav.offers' },
  ],
};
