import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LoadingStatus } from '@/components/loading-status';
import { ErrorBoundary } from '@/app/error-boundary';
import { LoadingBoundary } from '@/lib/loading-boundary';
import { lazyPart } from '@/lib/lazy-part';
import { ROUTES } from '@/lib/routes';
import { Shell } from '@/app/shell';
import { StoreProvider } from '@/store/store-context';
import { HomePage } from '@/features/home/home-page';

// Screens other than Home load when first visited: Home pays only for React and the shell.
const AssessmentPage = lazyPart(() => import('@/features/questionnaire/assessment-page'));
const ResultsPage = lazyPart(() => import('@/features/results/results-page'));
const MenteesPage = lazyPart(() => import('@/features/mentees/mentees-page'));
const SettingsPage = lazyPart(() => import('@/features/settings/settings-page'));
const AboutPage = lazyPart(() => import('@/features/about/about-page'));
const NotFoundPage = lazyPart(() => import('@/features/not-found-page'));

function Screen({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <ErrorBoundary screen={name}>
      <LoadingBoundary fallback={<LoadingStatus />}>{children}</LoadingBoundary>
    </ErrorBoundary>
  );
}

/** `recordsFirst`: the screen opened first shows stored records, so they are read at once (see StoreProvider). */
export function App({ recordsFirst = true }: { recordsFirst?: boolean }) {
  return (
    <Router hook={useHashLocation}>
      <StoreProvider readAfterFirstFrame={!recordsFirst}>
        <Shell>
          <Switch>
            <Route path={ROUTES.home}>
              <Screen name="Home">
                <HomePage />
              </Screen>
            </Route>
            <Route path={ROUTES.assessment} nest>
              <Screen name="Assessment">
                <AssessmentPage />
              </Screen>
            </Route>
            <Route path={ROUTES.results} nest>
              <Screen name="Results">
                <ResultsPage />
              </Screen>
            </Route>
            <Route path={ROUTES.mentees} nest>
              <Screen name="Mentees">
                <MenteesPage />
              </Screen>
            </Route>
            <Route path={ROUTES.settings}>
              <Screen name="Settings">
                <SettingsPage />
              </Screen>
            </Route>
            <Route path={ROUTES.about}>
              <Screen name="About">
                <AboutPage />
              </Screen>
            </Route>
            <Route>
              <Screen name="Not found">
                <NotFoundPage />
              </Screen>
            </Route>
          </Switch>
        </Shell>
      </StoreProvider>
    </Router>
  );
}
