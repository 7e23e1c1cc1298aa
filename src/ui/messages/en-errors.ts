// One plain sentence for each typed error code: what went wrong and what to do next.
export const errors = {
  'error.unknown': 'Something went wrong. Your saved work is safe. Try again, or reload the app.',
} as const
