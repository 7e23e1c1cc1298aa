import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso'
import { UpdatePrompt } from '../platform/UpdatePrompt'
import { DatabaseBanner } from './components/DatabaseBanner'
import { t } from './messages'
import { ReviewsScreen } from './screens/ReviewsScreen'

// The reviews list is the first screen; everything else loads when first opened.
const NewReviewScreen = lazy(() =>
  import('./screens/NewReviewScreen').then((m) => m.NewReviewScreen),
)
const FocusScreen = lazy(() => import('./screens/FocusScreen').then((m) => m.FocusScreen))
const VisitsScreen = lazy(() => import('./screens/VisitsScreen').then((m) => m.VisitsScreen))
const VisitScreen = lazy(() => import('./screens/VisitScreen').then((m) => m.VisitScreen))
const ConversationsScreen = lazy(() =>
  import('./screens/ConversationsScreen').then((m) => m.ConversationsScreen),
)
const ConversationScreen = lazy(() =>
  import('./screens/ConversationScreen').then((m) => m.ConversationScreen),
)
const EvidenceScreen = lazy(() => import('./screens/EvidenceScreen').then((m) => m.EvidenceScreen))
const FeedbackScreen = lazy(() => import('./screens/FeedbackScreen').then((m) => m.FeedbackScreen))
const FeedbackDraftScreen = lazy(() =>
  import('./screens/FeedbackScreen').then((m) => m.FeedbackDraftScreen),
)
const ReportScreen = lazy(() => import('./screens/ReportScreen').then((m) => m.ReportScreen))
const ShareScreen = lazy(() => import('./screens/ShareScreen').then((m) => m.ShareScreen))
const ConflictScreen = lazy(() => import('./screens/ConflictScreen').then((m) => m.ConflictScreen))
const ImportScreen = lazy(() => import('./screens/ImportScreen').then((m) => m.ImportScreen))
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen))

function NotFound() {
  return (
    <>
      <h1>{t('app.name')}</h1>
      <p class="empty">{t('common.notFound')}</p>
      <a class="button secondary" href="/">
        {t('nav.reviews')}
      </a>
    </>
  )
}

export function App() {
  return (
    <LocationProvider>
      <a class="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header class="bar">
        <a href="/" class="brand">
          {t('app.name')}
        </a>
        <nav aria-label={t('app.name')}>
          <a href="/settings">{t('nav.settings')}</a>
        </nav>
      </header>
      <UpdatePrompt />
      <DatabaseBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={ReviewsScreen} />
            <Route path="/reviews/new" component={NewReviewScreen} />
            <Route path="/reviews/:id" component={FocusScreen} />
            <Route path="/reviews/:id/focus" component={FocusScreen} />
            <Route path="/reviews/:id/visits" component={VisitsScreen} />
            <Route path="/reviews/:id/visits/:visitId" component={VisitScreen} />
            <Route path="/reviews/:id/conversations" component={ConversationsScreen} />
            <Route
              path="/reviews/:id/conversations/:conversationId"
              component={ConversationScreen}
            />
            <Route path="/reviews/:id/evidence" component={EvidenceScreen} />
            <Route path="/reviews/:id/feedback" component={FeedbackScreen} />
            <Route path="/reviews/:id/feedback/:feedbackId" component={FeedbackDraftScreen} />
            <Route path="/reviews/:id/report" component={ReportScreen} />
            <Route path="/reviews/:id/share" component={ShareScreen} />
            <Route path="/reviews/:id/conflicts/:recordId" component={ConflictScreen} />
            <Route path="/import" component={ImportScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  )
}
