import { Section } from '../components/fields'
import { useProfile } from '../hooks/use-profile'
import { t } from '../messages'
import { ProfileForm } from './ProfileForm'

export function SettingsScreen() {
  const profile = useProfile()
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <Section title={t('settings.profile')}>
        {profile === undefined ? <p>{t('common.loading')}</p> : <ProfileForm initial={profile} />}
      </Section>
      <p class="hint">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </>
  )
}
