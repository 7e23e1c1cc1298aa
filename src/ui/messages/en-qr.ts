// Words of the animated QR transfer (issue 15): showing a bundle as codes on one phone, and
// receiving it with the camera of another. The errors' sentences are in en-errors.ts.
export const qr = {
  'qr.show': 'Show as QR codes',
  'qr.showHint':
    'For a phone beside you when there is no network: the other phone films the codes on this screen. The bundle is sealed with the passphrase above, unless you chose to export without one.',
  'qr.making': 'Making the codes…',
  'qr.frames': {
    one: 'The bundle is cut into {count} QR code, shown {fps} a second.',
    other: 'The bundle is cut into {count} QR codes, shown {fps} a second.',
  },
  'qr.duration': {
    one: 'Receiving takes about {count} second, allowing for the codes a camera misses (the other phone needs to read about {needed} of them).',
    other:
      'Receiving takes about {count} seconds, allowing for the codes a camera misses (the other phone needs to read about {needed} of them).',
  },
  'qr.brightness':
    'Turn this phone’s brightness up and hold it still. Keep the codes on screen until the other phone says the bundle has arrived.',
  'qr.start': 'Start showing the codes',
  'qr.pause': 'Pause',
  'qr.play': 'Play',
  'qr.counter': 'Code {seq}',
  'qr.codeLabel': 'QR code {seq} of the bundle',
  'qr.close': 'Stop showing codes',
  'qr.tooLarge':
    'This bundle is too large to send as QR codes: it would take more than {limit} codes. Share or save it as a file instead.',
  'qr.receive': 'Receive from another phone',
  'qr.receiveHint':
    'On the other phone, open Share and choose “Show as QR codes”, then point this phone’s camera at the codes.',
  'qr.cameraStarting': 'Opening the camera…',
  'qr.looking': 'Looking for codes. Hold the camera so the whole code fills most of the picture.',
  'qr.progressLabel': 'Bundle received',
  'qr.received': 'Received {percent}% of the bundle.',
  'qr.complete': 'All of the bundle has arrived.',
  'qr.videoLabel': 'What the camera sees',
  'qr.startAgain': 'Start again',
  'qr.closeCamera': 'Close the camera',
} as const
