// The two doors to the QR transfer (issue 15): "Show as QR codes" beside the export and "Receive
// from another phone" on the import panel. What lies behind them (QrShow, QrReceive, the QR
// drawing library, the fountain code, the camera and the decoder) loads only when one is opened,
// so neither the first screen nor the Share screen carries it.
import { useEffect, useState } from 'preact/hooks'
import type { Profile } from '../../domain/schemas'
import { t } from '../messages'

type ShowModule = typeof import('./QrShow')
type ReceiveModule = typeof import('./QrReceive')

/** The module once loaded; nothing shows until then. */
function useModule<M>(open: boolean, load: () => Promise<M>): M | undefined {
  const [module, setModule] = useState<M | undefined>()
  useEffect(() => {
    if (open && !module) void load().then(setModule)
  }, [open, module])
  return module
}

/**
 * "Show as QR codes": `choose` checks the export form's passphrase as the file export does, and
 * gives it (null: not sealed) or undefined after saying why not.
 */
export function QrShowButton(props: {
  reviewId: string
  profile: Profile
  choose: () => string | null | undefined
}) {
  const [passphrase, setPassphrase] = useState<string | null | undefined>(undefined)
  const open = passphrase !== undefined
  const module = useModule<ShowModule>(open, () => import('./QrShow'))
  if (open) {
    return module ? (
      <module.QrShow
        reviewId={props.reviewId}
        profile={props.profile}
        passphrase={passphrase}
        onClose={() => setPassphrase(undefined)}
      />
    ) : (
      <p role="status">{t('qr.making')}</p>
    )
  }
  return (
    <button type="button" class="secondary" onClick={() => setPassphrase(props.choose())}>
      {t('qr.show')}
    </button>
  )
}

/** "Receive from another phone": the bundle's text, once whole, goes to `onBundle`. */
export function QrReceiveButton(props: { onBundle: (text: string) => void }) {
  const [open, setOpen] = useState(false)
  const module = useModule<ReceiveModule>(open, () => import('./QrReceive'))
  if (open) {
    return module ? (
      <module.QrReceive
        onBundle={(text) => {
          setOpen(false)
          props.onBundle(text)
        }}
        onClose={() => setOpen(false)}
      />
    ) : (
      <p role="status">{t('qr.cameraStarting')}</p>
    )
  }
  return (
    <button type="button" class="secondary" onClick={() => setOpen(true)}>
      {t('qr.receive')}
    </button>
  )
}
