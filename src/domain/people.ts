// Who wrote what, as a bundle tells it: the `people` of the README's "Bundle format", so a bundle
// passed on by the host or lead reviewer still says who wrote each note — and who may change a
// name in this device's directory.
import type { BundlePerson } from './bundle-schema'
import { instant } from './merge'

/**
 * deviceId → person for every device that wrote a version in the records and is known on this
 * device, and this device itself as its profile says now.
 */
export function bundlePeople(
  records: readonly { versions: readonly { by: string }[] }[],
  known: Iterable<BundlePerson & { deviceId: string }>,
  me: BundlePerson & { deviceId: string },
): Record<string, BundlePerson> {
  const authors = new Set(records.flatMap((r) => r.versions.map((v) => v.by)))
  const people: Record<string, BundlePerson> = {}
  for (const p of known) {
    if (authors.has(p.deviceId))
      people[p.deviceId] = { name: p.name, school: p.school, role: p.role }
  }
  people[me.deviceId] = { name: me.name, school: me.school, role: me.role }
  return people
}

/** A person in this device's directory; `updatedAt` is when their own device last named them. */
export interface KnownPerson extends BundlePerson {
  deviceId: string
  updatedAt?: string
}

/**
 * The directory entries an import writes. A person's name, school and role change only through a
 * bundle exported by that person's own device (`from.deviceId`), and only when that bundle is
 * newer (`createdAt`) than the last one that named them; every other entry of `people` fills a
 * gap (a device this directory does not know) and changes nothing known. So a relayed or edited
 * bundle cannot rename anyone, and the next export cannot spread a wrong name.
 */
export function peopleFromBundle(
  bundle: { from: { deviceId: string }; createdAt: string; people: Record<string, BundlePerson> },
  known: (deviceId: string) => KnownPerson | undefined,
  me: string,
): KnownPerson[] {
  const out: KnownPerson[] = []
  for (const [deviceId, p] of Object.entries(bundle.people)) {
    if (deviceId === me) continue
    const person = { deviceId, name: p.name, school: p.school, role: p.role }
    const held = known(deviceId)
    if (deviceId === bundle.from.deviceId) {
      const newer = !held?.updatedAt || instant(bundle.createdAt) > instant(held.updatedAt)
      if (newer) out.push({ ...person, updatedAt: bundle.createdAt })
    } else if (!held) out.push(person)
  }
  return out
}
