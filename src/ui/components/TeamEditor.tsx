import { ROLES, type TeamMember } from '../../domain/schemas'
import { t } from '../messages'
import { Select, TextField } from './fields'
import { ListEditor } from './ListEditor'

/** The review team: each member's name, school and role (the Focus and next review screens). */
export function TeamEditor(props: {
  team: readonly TeamMember[]
  onChange: (team: TeamMember[]) => void
}) {
  return (
    <ListEditor
      items={props.team}
      onChange={props.onChange}
      make={() => ({ id: crypto.randomUUID(), name: '', school: '', role: 'reviewer' as const })}
      legend={(i) => t('focus.member', { n: i + 1 })}
      removeLabel={(i) => t('focus.removeMember', { n: i + 1 })}
      addLabel={t('focus.addMember')}
    >
      {(m, setMember) => (
        <>
          <TextField
            label={t('focus.memberName')}
            value={m.name}
            onInput={(name) => setMember({ name })}
          />
          <TextField
            label={t('focus.memberSchool')}
            value={m.school}
            onInput={(school) => setMember({ school })}
          />
          <Select
            label={t('focus.memberRole')}
            value={m.role}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            onChange={(role) => setMember({ role })}
          />
        </>
      )}
    </ListEditor>
  )
}
