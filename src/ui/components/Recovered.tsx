import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { recovered } from '../../db/recovered'
import { useSignalValue } from '../hooks/use-signal'
import { loadAllMessages } from '../messages'

type Cards = ComponentType<{ recordId?: string }>

/**
 * Where recovered text shows (all of it, or what was typed in one record). The polite region is
 * always there, so text recovered while the screen is open is announced; the cards and their
 * words load only when there is some (the reviews list is the first screen, kept small).
 */
export function Recovered(props: { recordId?: string }) {
  const all = useSignalValue(recovered)
  const any = all.some((i) => !props.recordId || i.recordId === props.recordId)
  const [cards, setCards] = useState<{ Cards: Cards } | null>(null)
  useEffect(() => {
    if (!any || cards) return
    void Promise.all([import('./RecoveredText'), loadAllMessages()]).then(([m]) =>
      setCards({ Cards: m.RecoveredText }),
    )
  }, [any, cards])
  return <div aria-live="polite">{cards && <cards.Cards recordId={props.recordId} />}</div>
}
