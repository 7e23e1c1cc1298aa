// Who wrote what, as a bundle tells it: the `people` of the README's "Bundle format", so a bundle
// passed on by the host or lead reviewer still says who wrote each note.
import type { BundlePerson } from './bundle-schema'

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
