/** Providers (query cache, antd theme and locale) and the route table. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { isApiError } from './api/client';
import { AppLayout } from './components/AppLayout';
import { RouteError } from './components/ErrorState';
import { UiProviders } from './components/UiProviders';
import HomePage from './pages/HomePage';

const RELOAD_FLAG = 'innox.chunkReload';

/**
 * A page's code is loaded on first visit. After a new release the old chunk names are gone; reload once
 * to pick up the new index.html instead of showing an error.
 */
const page = <T extends { default: React.ComponentType }>(load: () => Promise<T>) => {
  const Component = lazy(() =>
    load().then(
      (mod) => {
        sessionStorage.removeItem(RELOAD_FLAG);
        return mod;
      },
      (error: unknown) => {
        if (!sessionStorage.getItem(RELOAD_FLAG)) {
          sessionStorage.setItem(RELOAD_FLAG, '1');
          window.location.reload();
          return new Promise<T>(() => undefined);
        }
        throw error;
      },
    ),
  );
  return <Component />;
};

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'listings', element: page(() => import('./pages/listings/ListingsPage')) },
      { path: 'listings/new', element: page(() => import('./pages/listings/ListingFormPage')) },
      { path: 'listings/:id', element: page(() => import('./pages/listings/ListingDetailPage')) },
      { path: 'listings/:id/edit', element: page(() => import('./pages/listings/ListingFormPage')) },
      { path: 'organisations', element: page(() => import('./pages/organisations/OrganisationsPage')) },
      { path: 'organisations/:id', element: page(() => import('./pages/organisations/OrganisationPage')) },
      { path: 'organisations/:id/import', element: page(() => import('./pages/my/ImportPage')) },
      { path: 'my', element: page(() => import('./pages/my/MyOrganisationPage')) },
      { path: 'my/alerts', element: page(() => import('./alerts/MyAlertsPage')) },
      { path: 'unsubscribe/:token', element: page(() => import('./alerts/UnsubscribePage')) },
      { path: 'login', element: page(() => import('./pages/auth/LoginPage')) },
      { path: 'register', element: page(() => import('./pages/auth/RegisterPage')) },
      { path: 'password-reset', element: page(() => import('./pages/auth/PasswordResetRequestPage')) },
      { path: 'password-reset/:token', element: page(() => import('./pages/auth/PasswordResetConfirmPage')) },
      { path: 'invitations/:token', element: page(() => import('./pages/auth/InvitationPage')) },
      { path: 'admin/moderation', element: page(() => import('./pages/admin/ModerationPage')) },
      { path: 'admin/verification', element: page(() => import('./pages/admin/VerificationPage')) },
      { path: 'admin/outbox', element: page(() => import('./pages/admin/OutboxPage')) },
      { path: 'admin/matching', element: page(() => import('./matching/admin/MatchingAdminPage')) },
      { path: 'matching/search', element: page(() => import('./matching/MatchSearchPage')) },
      { path: 'registries', element: page(() => import('./registries/AgreementsPage')) },
      { path: 'registries/agreements', element: page(() => import('./registries/AgreementsPage')) },
      { path: 'registries/agreements/new', element: page(() => import('./registries/AgreementFormPage')) },
      { path: 'registries/agreements/:id', element: page(() => import('./registries/AgreementDetailPage')) },
      { path: 'registries/agreements/:id/edit', element: page(() => import('./registries/AgreementFormPage')) },
      { path: 'registries/trainings', element: page(() => import('./registries/TrainingsPage')) },
      { path: 'registries/trainings/new', element: page(() => import('./registries/TrainingFormPage')) },
      { path: 'registries/trainings/:id', element: page(() => import('./registries/TrainingDetailPage')) },
      { path: 'registries/trainings/:id/edit', element: page(() => import('./registries/TrainingFormPage')) },
      { path: 'deals', element: page(() => import('./deals/DealsPage')) },
      { path: 'reports', element: page(() => import('./reports/ReportsPage')) },
      { path: 'reports/annual', element: page(() => import('./reports/AnnualReportPage')) },
      { path: 'events', element: page(() => import('./events/EventsPage')) },
      { path: 'events/new', element: page(() => import('./events/EventFormPage')) },
      { path: 'events/:id/edit', element: page(() => import('./events/EventFormPage')) },
      { path: 'events/:id/ticket', element: page(() => import('./events/registrations/TicketPage')) },
      { path: 'events/:id/check-in', element: page(() => import('./events/registrations/CheckInPage')) },
      { path: 'events/:id/agenda', element: page(() => import('./meetings/AgendaRedirect')) },
      { path: 'events/:id/report', element: page(() => import('./reports/EventReportPage')) },
      { path: 'events/:id/:tab?', element: page(() => import('./events/EventDetailPage')) },
      { path: 'programmes', element: page(() => import('./programmes/ProgrammesPage')) },
      { path: 'programmes/applications/:id', element: page(() => import('./programmes/ApplicationPage')) },
      { path: 'programmes/:id', element: page(() => import('./programmes/ProgrammeDetailPage')) },
      { path: '*', element: page(() => import('./pages/NotFoundPage')) },
    ],
  },
  // The printable programme stands alone, without the app's header and footer.
  {
    path: 'events/:id/print',
    errorElement: <RouteError />,
    element: <Suspense fallback={null}>{page(() => import('./events/PrintProgrammePage'))}</Suspense>,
  },
  // The meetings area's print pages (my agenda with its table map; one sheet per table) stand alone too.
  {
    path: 'events/:id/agenda/print',
    errorElement: <RouteError />,
    element: <Suspense fallback={null}>{page(() => import('./meetings/print/AgendaPrintPage'))}</Suspense>,
  },
  {
    path: 'events/:id/meetings/tables/print',
    errorElement: <RouteError />,
    element: <Suspense fallback={null}>{page(() => import('./meetings/print/TableSheetsPrintPage'))}</Suspense>,
  },
]);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change on retry; only transient failures are retried.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <UiProviders>
        <RouterProvider router={router} />
      </UiProviders>
    </QueryClientProvider>
  );
}
