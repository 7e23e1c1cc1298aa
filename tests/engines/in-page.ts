// How the Firefox and WebKit drivers find elements: one function, run inside the page, answers a
// query by role and accessible name, by label or by visible text. Playwright (Chromium) uses its
// own accessibility-based locators instead; both follow the same rules, so a journey means the same
// thing in every engine:
//   - a name is the element's aria-labelledby, else aria-label, else its <label>s, else (buttons,
//     links, headings, checkboxes, list items) its text — spaces collapsed;
//   - only rendered elements count (not display:none, not visibility:hidden, not inside a closed
//     <details> or aria-hidden);
//   - a role or label query must find exactly one element; a text query takes the first.
import type { Name, Role, Within } from './driver'

/** A pattern that can cross into the page (a RegExp cannot be passed as an argument). */
export interface Pattern {
  source: string
  flags: string
}

export type Query =
  | { by: 'role'; role: Role; name: Pattern }
  | { by: 'label'; label: Pattern }
  | { by: 'text'; text: Pattern; within?: { role: Role; hasText: string } | undefined }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A string is a whole name; a RegExp matches part of one. */
export function wholeName(name: Name): Pattern {
  return typeof name === 'string'
    ? { source: `^${escapeRegExp(name)}$`, flags: '' }
    : { source: name.source, flags: name.flags }
}

/** A string is found anywhere in an element's text, as in Playwright's getByText. */
export function partOfText(text: Name): Pattern {
  return typeof text === 'string'
    ? { source: escapeRegExp(text), flags: '' }
    : { source: text.source, flags: text.flags }
}

export const byRole = (role: Role, name: Name): Query => ({
  by: 'role',
  role,
  name: wholeName(name),
})
export const byLabel = (label: string): Query => ({ by: 'label', label: wholeName(label) })
export const byText = (text: Name, within?: Within): Query => ({
  by: 'text',
  text: partOfText(text),
  within,
})

/** Describes a query for an error message. */
export function explain(query: Query): string {
  if (query.by === 'role') return `${query.role} named /${query.name.source}/`
  if (query.by === 'label') return `field labelled /${query.label.source}/`
  const within = query.within ? ` in a ${query.within.role} with "${query.within.hasText}"` : ''
  return `text /${query.text.source}/${within}`
}

/**
 * Runs in the page, so it must be self-contained: no imports, no helpers from outside. Returns the
 * one element the query describes, or a sentence saying why there is none.
 */
export function findInPage(query: Query): Element | string {
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const test = (pattern: Pattern, text: string) =>
    new RegExp(pattern.source, pattern.flags).test(norm(text))
  const shown = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"], [inert]')

  const implicit: Record<string, string> = {
    a: 'link',
    button: 'button',
    h1: 'heading',
    h2: 'heading',
    h3: 'heading',
    h4: 'heading',
    h5: 'heading',
    h6: 'heading',
    li: 'listitem',
    textarea: 'textbox',
    select: 'combobox',
  }
  const inputRoles: Record<string, string> = {
    button: 'button',
    submit: 'button',
    reset: 'button',
    checkbox: 'checkbox',
    radio: 'radio',
    text: 'textbox',
    search: 'searchbox',
    email: 'textbox',
    tel: 'textbox',
    url: 'textbox',
    password: 'textbox',
  }
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role')
    if (explicit) return explicit.split(' ')[0] ?? ''
    if (el.localName === 'a' && !el.hasAttribute('href')) return ''
    if (el instanceof HTMLInputElement) return inputRoles[el.type] ?? ''
    return implicit[el.localName] ?? ''
  }
  const fromContent = new Set(['button', 'link', 'heading', 'checkbox', 'listitem'])
  const nameOf = (el: Element): string => {
    const ids = el.getAttribute('aria-labelledby')
    if (ids) {
      return norm(
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      )
    }
    const aria = norm(el.getAttribute('aria-label'))
    if (aria) return aria
    const labels = (el as HTMLInputElement).labels
    if (labels && labels.length > 0) return norm([...labels].map((l) => l.textContent).join(' '))
    if (fromContent.has(roleOf(el))) return norm(el.textContent)
    return norm(el.getAttribute('title'))
  }

  const all = [...document.body.querySelectorAll('*')].filter(shown)
  if (query.by === 'text') {
    const scopes = query.within
      ? all.filter(
          (el) =>
            roleOf(el) === query.within?.role &&
            norm(el.textContent).includes(query.within.hasText),
        )
      : [document.body]
    for (const scope of scopes) {
      // The scope itself may be the element holding the text, as in Playwright.
      const inside = [scope, ...scope.querySelectorAll('*')].filter(shown)
      // The innermost elements holding the text: not a wrapper that merely contains them.
      const hit = inside.find(
        (el) =>
          test(query.text, el.textContent ?? '') &&
          ![...el.children].some((child) => test(query.text, child.textContent ?? '')),
      )
      if (hit) return hit
    }
    return 'nothing visible shows it'
  }
  const found =
    query.by === 'role'
      ? all.filter((el) => roleOf(el) === query.role && test(query.name, nameOf(el)))
      : all.filter((el) => el.matches('input, textarea, select') && test(query.label, nameOf(el)))
  if (found.length === 1) return found[0] as Element
  return found.length === 0 ? 'none found' : `${found.length} elements match`
}

/** Runs in the page: remembers what the next click lands on, for a step whose click did nothing. */
export function watchNextClick(): void {
  const page = window as unknown as { lastClick?: string }
  page.lastClick = 'nothing: no click reached the page'
  const describe = (event: MouseEvent) => {
    const el = event.target instanceof Element ? event.target : document.documentElement
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
    page.lastClick = `<${el.localName}> "${text}" at ${event.clientX},${event.clientY}`
  }
  window.addEventListener('click', describe, { capture: true, once: true })
}

/** Runs in the page: what the click watched by watchNextClick landed on. */
export function lastClick(): string {
  return (window as unknown as { lastClick?: string }).lastClick ?? 'unknown: the page was replaced'
}
