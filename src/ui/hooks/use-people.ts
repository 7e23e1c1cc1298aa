import { getDeviceId } from '../../db/device'
import { peopleDirectory } from '../../db/exchange'
import { t } from '../messages'
import { useLive } from './use-live'

/** Who wrote a version: a name from the people directory, "you" for this device. */
export function usePeople(): (deviceId: string) => string {
  const directory = useLive(
    async () => ({ me: await getDeviceId(), people: await peopleDirectory() }),
    [],
  )
  return (deviceId: string) => {
    if (!directory) return ''
    if (deviceId === directory.me) return t('people.me')
    const person = directory.people.get(deviceId)
    return person ? `${person.name} (${person.school})` : t('people.unknown')
  }
}
