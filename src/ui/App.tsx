import type { ComponentType } from 'preact'
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso'
import { DatabaseBanner } from './components/DatabaseBanner'
import { UpdatePrompt } from './components/UpdatePrompt'
import { useSignalValue } from './hooks/use-signal'
import { language, loadAllMessages, t } from './messages'
import { ReviewsScreen } from './screens/ReviewsScreen'

/**
 * A routed screen that re-renders in place when the language changes. The router hands back the
 * same element while the address stays the same, so a change at the top would stop there; this
 * wrapper reads the language itself, and everything below it follows, typed text kept.
 */
function speaking<P>(Screen: ComponentType<P>): ComponentType<P> {
  return (props: P) => {
    useSignalValue(language)
    // biome-ignore lint/suspicious/noExplicitAny: props pass through unchanged
    return <Screen {...(props as any)} />
  }
}

// The reviews list is the first screen; everything else loads when first opened, with the words
// of the rest of the catalogue.
function screen<M, P>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): () => Promise<ComponentType<P>> {
  return () => Promise.all([load(), loadAllMessages()]).then(([module]) => speaking(pick(module)))
}
const Reviews = speaking(ReviewsScreen)

const NewReviewScreen = lazy(
  screen(
    () => import('./screens/NewReviewScreen'),
    (m) => m.NewReviewScreen,
  ),
)
const FocusScreen = lazy(
  screen(
    () => import('./screens/FocusScreen'),
    (m) => m.FocusScreen,
  ),
)
const VisitsScreen = lazy(
  screen(
    () => import('./screens/VisitsScreen'),
    (m) => m.VisitsScreen,
  ),
)
const VisitScreen = lazy(
  screen(
    () => import('./screens/VisitScreen'),
    (m) => m.VisitScreen,
  ),
)
const ConversationsScreen = lazy(
  screen(
    () => import('./screens/ConversationsScreen'),
    (m) => m.ConversationsScreen,
  ),
)
const ConversationScreen = lazy(
  screen(
    () => import('./screens/ConversationScreen'),
    (m) => m.ConversationScreen,
  ),
)
const EvidenceScreen = lazy(
  screen(
    () => import('./screens/EvidenceScreen'),
    (m) => m.EvidenceScreen,
  ),
)
const FeedbackScreen = lazy(
  screen(
    () => import('./screens/FeedbackScreen'),
    (m) => m.FeedbackScreen,
  ),
)
const FeedbackDraftScreen = lazy(
  screen(
    () => import('./screens/FeedbackScreen'),
    (m) => m.FeedbackDraftScreen,
  ),
)
const ReportScreen = lazy(
  screen(
    () => import('./screens/ReportScreen'),
    (m) => m.ReportScreen,
  ),
)
const ShareScreen = lazy(
  screen(
    () => import('./screens/ShareScreen'),
    (m) => m.ShareScreen,
  ),
)
const ConflictScreen = lazy(
  screen(
    () => import('./screens/ConflictScreen'),
    (m) => m.ConflictScreen,
  ),
)
const ImportScreen = lazy(
  screen(
    () => import('./screens/ImportScreen'),
    (m) => m.ImportScreen,
  ),
)
const SettingsScreen = lazy(
  screen(
    () => import('./screens/SettingsScreen'),
    (m) => m.SettingsScreen,
  ),
)

const WorkshopScreen = lazy(
  screen(
    () => import('./screens/WorkshopScreen'),
    (m) => m.WorkshopScreen,
  ),
)
const ActionScreen = lazy(
  screen(
    () => import('./screens/ActionScreen'),
    (m) => m.ActionScreen,
  ),
)
const FollowUpScreen = lazy(
  screen(
    () => import('./screens/FollowUpScreen'),
    (m) => m.FollowUpScreen,
  ),
)
const MeetingScreen = lazy(
  screen(
    () => import('./screens/MeetingScreen'),
    (m) => m.MeetingScreen,
  ),
)
const PlanScreen = lazy(
  screen(
    () => import('./screens/PlanScreen'),
    (m) => m.PlanScreen,
  ),
)
const NextReviewScreen = lazy(
  screen(
    () => import('./screens/NextReviewScreen'),
    (m) => m.NextReviewScreen,
  ),
)

const NotFound = speaking(function NotFound() {
  return (
    <>
      <h1>{t('app.name')}</h1>
      <p class="empty">{t('common.notFound')}</p>
      <a class="button secondary" href="/">
        {t('nav.reviews')}
      </a>
    </>
  )
})

export function App() {
  // Reading the language here re-renders the whole tree in place when it changes: every screen
  // speaks the new language at once and keeps what is typed (a remount would lose it).
  useSignalValue(language)
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
            <Route path="/" component={Reviews} />
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
            <Route path="/reviews/:id/workshop" component={WorkshopScreen} />
            <Route path="/reviews/:id/actions/:actionId" component={ActionScreen} />
            <Route path="/reviews/:id/follow-up" component={FollowUpScreen} />
            <Route path="/reviews/:id/meetings/:meetingId" component={MeetingScreen} />
            <Route path="/reviews/:id/plan" component={PlanScreen} />
            <Route path="/reviews/:id/next" component={NextReviewScreen} />
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
