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
} as const
