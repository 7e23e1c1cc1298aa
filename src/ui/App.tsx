import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso'
import { DatabaseBanner } from './components/DatabaseBanner'
import { UpdatePrompt } from './components/UpdatePrompt'
import { useSignalValue } from './hooks/use-signal'
import { language, t } from './messages'
import {
  ActionScreen,
  ConflictScreen,
  ConversationScreen,
  ConversationsScreen,
  EvidenceScreen,
  FeedbackDraftScreen,
  FeedbackScreen,
  FocusScreen,
  FollowUpScreen,
  ImportScreen,
  MeetingScreen,
  NewReviewScreen,
  NextReviewScreen,
  PlanScreen,
  ReportScreen,
  Reviews,
  SettingsScreen,
  ShareScreen,
  speaking,
  VisitScreen,
  VisitsScreen,
  WorkshopScreen,
} from './routes'

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
