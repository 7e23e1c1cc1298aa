export const app = {
  'app.name': 'Review Day',
  'update.available': 'Update available',
  'update.reload': 'Reload',
} as const
