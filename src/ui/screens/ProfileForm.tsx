import { useState } from 'preact/hooks'
import type { Profile, Role } from '../../domain/schemas'
import { ROLES } from '../../domain/vocabulary'
import { Select, TextField } from '../components/fields'
import { Message } from '../components/Message'
import { useAttempt } from '../hooks/use-attempt'
import { updateProfile } from '../hooks/use-profile'
import { t } from '../messages'

export function ProfileForm(props: { initial: Profile | null; onSaved?: () => void }) {
  const [name, setName] = useState(props.initial?.name ?? '')
  const [school, setSchool] = useState(props.initial?.school ?? '')
  const [role, setRole] = useState<Role>(props.initial?.role ?? 'reviewer')
  // A failed save (a full disk) says why below the fields, like a missing name does.
  const { said, setSaid, busy, attempt } = useAttempt()
  const submit = (e: Event) => {
    e.preventDefault()
    if (!name.trim() || !school.trim()) {
      setSaid({ text: t('profile.required'), error: true })
      return
    }
    void attempt(async () => {
      await updateProfile({ name: name.trim(), school: school.trim(), role })
      setSaid({ text: t('profile.saved'), error: false })
      props.onSaved?.()
    })
  }
  return (
    <form onSubmit={submit} class="stack" noValidate>
      <TextField label={t('profile.name')} value={name} onInput={setName} autoComplete="name" />
      <TextField
        label={t('profile.school')}
        value={school}
        onInput={setSchool}
        autoComplete="organization"
      />
      <Select
        label={t('profile.role')}
        value={role}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        onChange={setRole}
      />
      <Message said={said} />
      <button type="submit" class="primary" disabled={busy}>
        {t('common.save')}
      </button>
    </form>
  )
}
