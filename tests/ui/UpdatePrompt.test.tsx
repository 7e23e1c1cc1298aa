import { act, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { offerUpdate } from '../../src/platform/update'
import { UpdatePrompt } from '../../src/ui/components/UpdatePrompt'

afterEach(() => {
  act(() => offerUpdate(null))
})

describe('the update prompt', () => {
  it('is an empty polite status region while there is nothing to update', () => {
    render(<UpdatePrompt />)
    const region = screen.getByRole('status')
    expect(region.textContent).toBe('')
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull()
  })

  it('offers a new version that arrives after it is shown, and reloads only when asked', () => {
    const reload = vi.fn(async () => {})
    render(<UpdatePrompt />)
    act(() => offerUpdate(reload))

    expect(screen.getByRole('status').textContent).toContain('Update available')
    expect(reload).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(reload).toHaveBeenCalledOnce()
  })

  it('offers a new version found before it was mounted', () => {
    offerUpdate(async () => {})
    render(<UpdatePrompt />)
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
  })
})
