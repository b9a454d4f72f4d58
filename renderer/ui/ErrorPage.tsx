// What a screen shows instead of itself when it cannot be shown: the page is the coordinator's,
// the record does not exist or is outside the caseload, or the screen failed while drawing (a
// repository's refusal or a failed live query, caught by ScreenErrorBoundary). A heading that
// says which, the reason in the user's words, and the way back.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { NotAllowedError } from '../db/repositories/errors';
import { errorMessage, logIfUnexpected, messageText } from './messages';

const TITLES: Readonly<Record<string, 'errors.titles.notForRole' | 'errors.titles.notInCaseload' | 'errors.titles.notFound'>> = {
  'errors.notForRole': 'errors.titles.notForRole',
  'errors.notInCaseload': 'errors.titles.notInCaseload',
  'errors.notFound': 'errors.titles.notFound',
};

export function ErrorPage({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const message = errorMessage(error);
  return (
    <section className="screen" aria-labelledby="error-page-title">
      <div className="screen-header">
        <h1 id="error-page-title">{t(TITLES[message.key] ?? 'errors.titles.other')}</h1>
      </div>
      <p role="alert" className="error-banner">
        {messageText(t, i18n.language, message)}
      </p>
      <Link to="/workers">{t('errors.backToWorkers')}</Link>
    </section>
  );
}

/** A coordinator's screen: a counselor who reaches it (an address typed by hand) reads why not. */
export function CoordinatorOnly({ screen, children }: { screen: string; children: ReactNode }) {
  const { session } = useServices();
  return session.role === 'coordinator' ? children : <ErrorPage error={new NotAllowedError(screen, 'role')} />;
}

interface BoundaryProps {
  /** The address shown: going elsewhere gives the screens a fresh start. */
  location: string;
  children: ReactNode;
}

interface BoundaryState {
  location: string;
  failure: { error: unknown } | null;
}

/** Catches what a screen throws while drawing, so the app shows a page that says what happened instead of going blank. */
export class ScreenErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { location: this.props.location, failure: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { location: props.location, failure: null };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    logIfUnexpected(error, info.componentStack);
  }

  override render() {
    return this.state.failure ? <ErrorPage error={this.state.failure.error} /> : this.props.children;
  }
}
