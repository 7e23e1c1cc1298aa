// One plain sentence for each typed error code: what went wrong and what to do next.
// Keys are `error.<code>` for every code in src/domain/errors.ts; the type check below fails when
// a code has no sentence. {placeholders} come from errorMessageVars.
import type { ErrorMessageKey } from '../../domain/errors'

export const errors = {
  'error.unknown': 'Something went wrong. Your saved work is safe. Try again, or reload the app.',
  'error.bundle/too-large':
    'This file is too large to import: the limit is {limitMb} MB. Check that it is a Review Day bundle, or export fewer reviews into it.',
  'error.bundle/empty':
    'This file is empty. Ask for the bundle to be exported again and send the new file.',
  'error.bundle/not-json':
    'This file is not a Review Day bundle, or it was cut short on the way. Ask for the bundle to be exported and sent again.',
  'error.bundle/not-a-bundle':
    'This file is not a Review Day bundle. Choose the file that Review Day exported: its name starts with “review-day”.',
  'error.bundle/sealed':
    'This bundle is sealed with a passphrase. Enter the passphrase the sender gave you to open it.',
  'error.bundle/newer-version':
    'This bundle was made by a newer version of Review Day. Update the app (reload when online), then import it again.',
  'error.bundle/digest-mismatch':
    'This file was changed or damaged after it was exported, so nothing was imported. Ask for the bundle to be exported and sent again.',
  'error.bundle/invalid':
    'Part of this bundle cannot be read ({paths}), so nothing was imported. Ask the sender to update Review Day and export the bundle again.',
  'error.bundle/duplicate-record':
    'This bundle holds the same record twice, so it may have been edited by hand. Nothing was imported. Ask for the bundle to be exported again.',
  'error.bundle/review-not-listed':
    'This bundle holds a record of a review it does not list, so it may have been edited by hand. Nothing was imported. Ask for the bundle to be exported again.',
  'error.bundle/record-mismatch':
    'A record in this bundle clashes with a different record already on this device, so nothing was imported. Ask the sender to export the bundle again from the device that made it.',
  'error.bundle/duplicate-key':
    'This file names “{key}” twice, so it could be read in two ways and may have been edited by hand. Nothing was imported. Ask for the bundle to be exported again.',
  'error.bundle/too-many-versions':
    'A record would hold more than {cap} versions side by side after this import — far more than a review ever makes — so nothing was imported. Resolve the conflicts on this device, ask the sender to do the same, then import the bundle again.',
  'error.bundle/too-many-devices':
    'A record in this bundle says it was changed on more than {cap} devices, far more than a review ever involves, so nothing was imported. Ask the sender where the file came from, and to export their work again from their own device.',
  'error.bundle/claims-this-device':
    'This bundle says that this device made changes it never made ({record}), so the file cannot be trusted and nothing was imported. Ask the sender where the file came from, and to export their work again from their own device.',
  'error.seal/wrong-passphrase':
    'That passphrase does not open this bundle, or the file was changed after it was sealed. Check the passphrase with the sender and try again.',
  'error.seal/invalid':
    'This sealed bundle is damaged and cannot be opened. Ask for the bundle to be exported and sent again.',
  'error.seal/unknown-content':
    'This sealed bundle is packed in a way this version of Review Day cannot open. Update the app (reload when online), then receive it again.',
  'error.seal/too-short':
    'Choose a passphrase of at least {minLength} characters. A few words are easy to tell the person you send it to, and hard to guess.',
  'error.seal/too-weak':
    'That passphrase is one of the first that people try: a repeat, a run such as 1234567890, or a common password. Choose a few words that only you would put together, such as three things you can see from where you sit.',
  'error.camera/refused':
    'Review Day was not allowed to use the camera, so it cannot read the codes. Allow the camera for this app in your browser’s settings and try again, or receive the bundle as a file.',
  'error.camera/none':
    'No camera was found on this device, so it cannot read the codes. Receive the bundle as a file instead.',
  'error.camera/in-use':
    'The camera would not start: another app may be using it. Close other apps that use the camera, then try again.',
  'error.qr/not-ours':
    'That QR code is not from Review Day. Point the camera at the codes on the other phone’s Share screen.',
  'error.qr/newer-version':
    'These codes come from a newer version of Review Day. Update the app on this phone (reload when online), then try again.',
  'error.qr/other-transfer':
    'These codes belong to a different bundle from the one being received, so they were not used. Keep the camera on one phone, or choose Start again to receive the other bundle.',
  'error.record/conflicted':
    'This has versions from more than one person. Choose which to keep, or combine them, before editing it.',
  'error.record/missing':
    'This is no longer on this device: it may have been removed in another tab. Go back to the list and reload.',
  'error.storage/full':
    'This device is out of storage space, so the last change was not saved. Everything saved before is safe. Free some space, then try again.',
} as const satisfies Record<ErrorMessageKey, string>
