export const app = {
  'app.name': 'Review Day',
  'update.available': 'Update available',
  'update.reload': 'Reload',
  'db.closed-by-other-tab':
    'Review Day was opened in a newer version in another tab. Reload this tab to keep working: anything you typed here is kept.',
  'db.blocked-by-other-tab':
    'Another Review Day tab is still open with an older version. Close it or reload it, then reload this tab.',
  'db.closed':
    'Review Day lost access to its storage (it may have been cleared). Reload to continue.',
  // Here, not with the screens' words: when a screen's code cannot load, neither may they.
  'route.failed':
    'This screen could not be opened. Review Day may have been updated in another tab, or not yet fully saved on this device for use offline. Reload to continue: your saved work is safe.',
  // The reviews list, the profile form and the shell: the first screen's words.
  'nav.reviews': 'Reviews',
  'nav.settings': 'Settings',
  'nav.skip': 'Skip to content',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.remove': 'Remove',
  'common.edit': 'Edit',
  'common.done': 'Done',
  'common.delete': 'Delete',
  'common.loading': 'Loading…',
  'common.notFound': 'This was not found on this device. It may have been removed.',
  'common.back': 'Back',
  'profile.title': 'Who are you?',
  'profile.intro':
    'Your name and school are shown beside the notes you share with your team. They stay on this device until you export.',
  'profile.name': 'Your name',
  'profile.school': 'Your school',
  'profile.role': 'Your role',
  'profile.saved': 'Profile saved.',
  'profile.required': 'Please give your name and your school.',
  'role.host': 'Host school',
  'role.lead-reviewer': 'Lead reviewer',
  'role.reviewer': 'Reviewer',
  'role.improvement-champion': 'Improvement Champion',
  'stage.planning': 'Planning',
  'stage.review-day': 'Review day',
  'stage.feedback': 'Feedback',
  'stage.workshop': 'Workshop',
  'stage.follow-up': 'Follow-up',
  'stage.closed': 'Closed',
  'reviews.title': 'Reviews',
  'reviews.new': 'New review',
  'reviews.import': 'Import a bundle',
  'reviews.empty':
    'No reviews on this device yet. Start a new review, or import the review pack your host school sent you.',
  'reviews.dates': '{start} to {end}',
  'reviews.noDates': 'Dates not set',
  'reviews.unexported': {
    one: '{count} change not exported yet',
    other: '{count} changes not exported yet',
  },
  'sample.intro':
    'New to Review Day? Load a sample review to see a whole review day: a focus, visits, a pupil conversation and a feedback draft. You can remove it later in Settings.',
  'sample.try': 'Try a sample review',
  // Installing the app (platform/install.ts): iOS has no Welsh interface, so its labels are quoted.
  'install.button': 'Install Review Day',
  'install.iosShare': 'Tap the Share button: a square with an arrow pointing up.',
  'install.iosAdd': 'Choose Add to Home Screen, then Add.',
  'install.iosWhy':
    'Why: Safari may clear the notes of a website you have not opened for seven days. Review Day on your Home Screen keeps them.',
  'language.choose': 'Language',
  // Dates written from these names only where an engine's Intl has no data for the language.
  'date.months':
    'January February March April May June July August September October November December',
  'date.day': '{day} {month} {year}',
  'date.dateTime': '{date} at {time}',
} as const
