// Retraining and self-employment: the course catalogue, enrolments with attendance, and ventures.
import type { Feature } from '../app/feature';
import { CourseListScreen } from './CourseListScreen';
import { CourseScreen } from './CourseScreen';
import { EnrolmentScreen } from './EnrolmentScreen';
import { SessionScreen } from './SessionScreen';
import { VentureScreen } from './VentureScreen';

export const retrainingFeature: Feature = {
  routes: [
    { path: '/courses', element: <CourseListScreen /> },
    { path: '/courses/new', element: <CourseScreen /> },
    { path: '/courses/session', element: <SessionScreen /> },
    { path: '/courses/:id', element: <CourseScreen /> },
    { path: '/enrolments/:id', element: <EnrolmentScreen /> },
    { path: '/workers/:workerId/ventures/new', element: <VentureScreen /> },
    { path: '/ventures/:id', element: <VentureScreen /> },
  ],
  nav: [{ to: '/courses', labelKey: 'retraining.nav.courses' }],
};
