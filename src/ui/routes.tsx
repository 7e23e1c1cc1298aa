// The app's routed screens. The reviews list is part of the first screen; every other screen is
// a lazy route, loaded when first opened (or ahead of that: ui/warm.ts) with the words of the
// rest of the catalogue. Apart from App, so a test can make a route (`screen`) without the whole app.
import type { ComponentType } from 'preact'
import { lazy } from 'preact-iso'
import { useSignalValue } from './hooks/use-signal'
import { language, loadAllMessages, t } from './messages'
import { ReviewsScreen } from './screens/ReviewsScreen'
import { warmLater } from './warm'

/**
 * A routed screen that re-renders in place when the language changes. The router hands back the
 * same element while the address stays the same, so a change at the top would stop there; this
 * wrapper reads the language itself, and everything below it follows, typed text kept.
 */
export function speaking<P>(Screen: ComponentType<P>): ComponentType<P> {
  return (props: P) => {
    useSignalValue(language)
    // biome-ignore lint/suspicious/noExplicitAny: props pass through unchanged
    return <Screen {...(props as any)} />
  }
}

/** A lazy route, with `warm`: its module and words loaded ahead of its first opening. */
type Screen<P> = ReturnType<typeof lazy<ComponentType<P>>> & { warm: () => Promise<void> }

/**
 * A lazy route (exported for its tests). `warm` loads the module and the words first and only then the route's own
 * `preload`, which then cannot fail: preact-iso keeps a lazy route's first promise for good, so a
 * failed preload through it would leave the screen unable to open.
 */
export function screen<M, P>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): Screen<P> {
  const both = () => Promise.all([load(), loadAllMessages()])
  const route = lazy(() =>
    both().then(
      ([module]) => speaking(pick(module)),
      (error: unknown): ComponentType<P> => {
        // Kept by preact-iso for good, like a loaded screen: without it the route would wait on a
        // failed load for ever, the address changed and the old screen still drawn.
        console.error('Could not load a screen', error)
        return speaking(Unopened)
      },
    ),
  )
  return Object.assign(route, {
    warm: () => both().then(() => route.preload().then(() => undefined)),
  })
}
/**
 * A screen whose code could not be loaded (offline before the app was kept whole on the device, or
 * a newer version in another tab replaced this one's files): said, with the way out, a reload.
 */
function Unopened() {
  return (
    <div class="banner" role="alert">
      <p>{t('route.failed')}</p>
      <button type="button" class="primary" onClick={() => window.location.reload()}>
        {t('update.reload')}
      </button>
    </div>
  )
}

export const Reviews = speaking(ReviewsScreen)

export const NewReviewScreen = screen(
  () => import('./screens/NewReviewScreen'),
  (m) => m.NewReviewScreen,
)
export const FocusScreen = screen(
  () => import('./screens/FocusScreen'),
  (m) => m.FocusScreen,
)
export const VisitsScreen = screen(
  () => import('./screens/VisitsScreen'),
  (m) => m.VisitsScreen,
)
export const VisitScreen = screen(
  () => import('./screens/VisitScreen'),
  (m) => m.VisitScreen,
)
export const ConversationsScreen = screen(
  () => import('./screens/ConversationsScreen'),
  (m) => m.ConversationsScreen,
)
export const ConversationScreen = screen(
  () => import('./screens/ConversationScreen'),
  (m) => m.ConversationScreen,
)
export const EvidenceScreen = screen(
  () => import('./screens/EvidenceScreen'),
  (m) => m.EvidenceScreen,
)
export const FeedbackScreen = screen(
  () => import('./screens/FeedbackScreen'),
  (m) => m.FeedbackScreen,
)
export const FeedbackDraftScreen = screen(
  () => import('./screens/FeedbackScreen'),
  (m) => m.FeedbackDraftScreen,
)
export const ReportScreen = screen(
  () => import('./screens/ReportScreen'),
  (m) => m.ReportScreen,
)
export const ShareScreen = screen(
  () => import('./screens/ShareScreen'),
  (m) => m.ShareScreen,
)
export const ConflictScreen = screen(
  () => import('./screens/ConflictScreen'),
  (m) => m.ConflictScreen,
)
export const ImportScreen = screen(
  () => import('./screens/ImportScreen'),
  (m) => m.ImportScreen,
)
export const SettingsScreen = screen(
  () => import('./screens/SettingsScreen'),
  (m) => m.SettingsScreen,
)

export const WorkshopScreen = screen(
  () => import('./screens/WorkshopScreen'),
  (m) => m.WorkshopScreen,
)
export const ActionScreen = screen(
  () => import('./screens/ActionScreen'),
  (m) => m.ActionScreen,
)
export const FollowUpScreen = screen(
  () => import('./screens/FollowUpScreen'),
  (m) => m.FollowUpScreen,
)
export const MeetingScreen = screen(
  () => import('./screens/MeetingScreen'),
  (m) => m.MeetingScreen,
)
export const PlanScreen = screen(
  () => import('./screens/PlanScreen'),
  (m) => m.PlanScreen,
)
export const NextReviewScreen = screen(
  () => import('./screens/NextReviewScreen'),
  (m) => m.NextReviewScreen,
)

/**
 * The screens a reviewer moves between inside a review, loaded in idle time once one of them is
 * drawn (ReviewLayout, through ui/warm.ts), so a press that opens another — "Start a visit" above
 * all — waits neither for its chunks to be fetched and compiled on a slow phone nor for a render:
 * a lazy route that has loaded (`warm`) renders at once, where one that has not (even with its
 * module already imported elsewhere) suspends first, and the router keeps the old screen, and its
 * live queries, for another render or two. Never from the reviews list, so the first screen's
 * bytes and first moments stay as they are.
 */
warmLater(
  VisitScreen.warm,
  ConversationScreen.warm,
  VisitsScreen.warm,
  ConversationsScreen.warm,
  FocusScreen.warm,
)
