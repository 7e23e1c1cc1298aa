import { getDeviceId } from '../../db/device'
import { peopleDirectory } from '../../db/exchange'
import { t } from '../messages'
import { useLive } from './use-live'

type NameOf = (deviceId: string) => string

/**
 * Who wrote a version: a name from the people directory, "you" for this device; undefined while
 * the directory loads, for a screen that waits until its names are there.
 */
export function usePeopleLoaded(): NameOf | undefined {
  const directory = useLive(
    async () => ({ me: await getDeviceId(), people: await peopleDirectory() }),
    [],
  )
  if (!directory) return undefined
  return (deviceId: string) => {
    if (deviceId === directory.me) return t('people.me')
    const person = directory.people.get(deviceId)
    return person ? `${person.name} (${person.school})` : t('people.unknown')
  }
}

/** The same, with no name at all while the directory loads. */
export function usePeople(): NameOf {
  return usePeopleLoaded() ?? (() => '')
}
