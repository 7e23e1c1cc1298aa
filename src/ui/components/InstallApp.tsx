// Installing the app from the reviews list and Settings: the browser's offer where there is one
// (Chromium), the Home Screen how-to on iOS, nothing where neither applies or it is installed.
import { install, installOffered, needsHomeScreenHowTo } from '../../platform/install'
import { useSignalValue } from '../hooks/use-signal'
import { t } from '../messages'

export function InstallApp() {
  const offered = useSignalValue(installOffered)
  if (offered) {
    return (
      <button type="button" class="secondary" onClick={() => void install()}>
        {t('install.button')}
      </button>
    )
  }
  if (!needsHomeScreenHowTo()) return null
  return (
    <details class="card">
      <summary>{t('install.button')}</summary>
      <ol>
        <li>{t('install.iosShare')}</li>
        <li>{t('install.iosAdd')}</li>
      </ol>
      <p>{t('install.iosWhy')}</p>
    </details>
  )
}
