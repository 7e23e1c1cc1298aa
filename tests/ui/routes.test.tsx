// A lazy route warmed ahead of its opening (routes.tsx, `warm`) renders on its first render, and a
// failed warm-up leaves the route able to load when it opens.
import { screen as on, render } from '@testing-library/preact'
import { LocationProvider, Route, Router } from 'preact-iso'
import { describe, expect, it, vi } from 'vitest'
import { screen } from '../../src/ui/routes'

function Loaded() {
  return <p>Loaded screen</p>
}

function Elsewhere() {
  return <p>Elsewhere</p>
}

function routed(Screen: ReturnType<typeof screen<unknown, object>>) {
  window.history.replaceState(null, '', '/')
  return render(
    <LocationProvider>
      <Router>
        <Route path="/" component={Screen} />
        <Route default component={Elsewhere} />
      </Router>
    </LocationProvider>,
  )
}

describe('lazy routes', () => {
  it('draws a warmed route on its first render, without suspending', async () => {
    const route = screen(
      () => Promise.resolve({ Loaded }),
      (m) => m.Loaded,
    )
    await route.warm()
    routed(route)
    // No waiting: a route that suspended would show nothing yet.
    expect(on.getByText('Loaded screen')).toBeTruthy()
  })

  it('suspends on the first render of a route that was not warmed', async () => {
    const route = screen(
      () => Promise.resolve({ Loaded }),
      (m) => m.Loaded,
    )
    routed(route)
    expect(on.queryByText('Loaded screen')).toBeNull()
    expect(await on.findByText('Loaded screen')).toBeTruthy()
  })

  it('opens a route whose warm-up failed, loading it again', async () => {
    let calls = 0
    const route = screen(
      () => {
        calls += 1
        return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ Loaded })
      },
      (m) => m.Loaded,
    )
    await expect(route.warm()).rejects.toThrow('offline')
    routed(route)
    expect(await on.findByText('Loaded screen')).toBeTruthy()
    expect(calls).toBe(2)
  })

  it('says so, with a reload, when a screen cannot be loaded when it opens', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const route = screen(
      () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
      (m: { Loaded: typeof Loaded }) => m.Loaded,
    )
    routed(route)
    const alert = await on.findByRole('alert')
    expect(alert.textContent).toMatch(/This screen could not be opened/)
    expect(on.getByRole('button', { name: 'Reload' })).toBeTruthy()
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})
