export const app = {
  'app.name': 'Review Day',
} as const
