// Cymraeg for en-qr.ts: showing a bundle as QR codes, and receiving it with the camera.
import type { qr as enQr } from './en-qr'
import type { WelshCatalogue } from './welsh-types'

export const qr = {
  'qr.show': 'Dangos fel codau QR',
  'qr.showHint':
    'Ar gyfer ffôn wrth eich ymyl pan nad oes rhwydwaith: mae’r ffôn arall yn ffilmio’r codau ar y sgrin hon. Mae’r bwndel wedi’i selio â’r cyfrinymadrodd uchod, oni bai i chi ddewis allforio hebddo.',
  'qr.making': 'Wrthi’n gwneud y codau…',
  'qr.frames': {
    zero: 'Mae’r bwndel wedi’i dorri’n {count} cod QR, sy’n cael eu dangos {fps} gwaith yr eiliad.',
    one: 'Mae’r bwndel wedi’i dorri’n {count} cod QR, sy’n cael ei ddangos {fps} gwaith yr eiliad.',
    two: 'Mae’r bwndel wedi’i dorri’n {count} god QR, sy’n cael eu dangos {fps} gwaith yr eiliad.',
    few: 'Mae’r bwndel wedi’i dorri’n {count} chod QR, sy’n cael eu dangos {fps} gwaith yr eiliad.',
    many: 'Mae’r bwndel wedi’i dorri’n {count} chod QR, sy’n cael eu dangos {fps} gwaith yr eiliad.',
    other:
      'Mae’r bwndel wedi’i dorri’n {count} o godau QR, sy’n cael eu dangos {fps} gwaith yr eiliad.',
  },
  'qr.duration': {
    zero: 'Mae derbyn yn cymryd tua {count} eiliad, o gofio bod camera’n colli rhai codau (mae angen i’r ffôn arall ddarllen tua {needed} ohonyn nhw).',
    one: 'Mae derbyn yn cymryd tua {count} eiliad, o gofio bod camera’n colli rhai codau (mae angen i’r ffôn arall ddarllen tua {needed} ohonyn nhw).',
    two: 'Mae derbyn yn cymryd tua {count} eiliad, o gofio bod camera’n colli rhai codau (mae angen i’r ffôn arall ddarllen tua {needed} ohonyn nhw).',
    few: 'Mae derbyn yn cymryd tua {count} eiliad, o gofio bod camera’n colli rhai codau (mae angen i’r ffôn arall ddarllen tua {needed} ohonyn nhw).',
    many: 'Mae derbyn yn cymryd tua {count} eiliad, o gofio bod camera’n colli rhai codau (mae angen i’r ffôn arall ddarllen tua {needed} ohonyn nhw).',
    other:
      'Mae derbyn yn cymryd tua {count} eiliad, o gofio bod camera’n colli rhai codau (mae angen i’r ffôn arall ddarllen tua {needed} ohonyn nhw).',
  },
  'qr.brightness':
    'Trowch ddisgleirdeb y ffôn hwn i fyny a daliwch ef yn llonydd. Cadwch y codau ar y sgrin nes bod y ffôn arall yn dweud bod y bwndel wedi cyrraedd.',
  'qr.start': 'Dechrau dangos y codau',
  'qr.pause': 'Oedi',
  'qr.play': 'Chwarae',
  'qr.counter': 'Cod {seq}',
  'qr.codeLabel': 'Cod QR {seq} y bwndel',
  'qr.close': 'Stopio dangos y codau',
  'qr.tooLarge':
    'Mae’r bwndel hwn yn rhy fawr i’w anfon fel codau QR: byddai’n cymryd mwy na {limit} o godau. Rhannwch neu cadwch ef fel ffeil yn lle hynny.',
  'qr.receive': 'Derbyn o ffôn arall',
  'qr.receiveHint':
    'Ar y ffôn arall, agorwch Rhannu a dewiswch ‘Dangos fel codau QR’, yna anelwch gamera’r ffôn hwn at y codau.',
  'qr.cameraStarting': 'Wrthi’n agor y camera…',
  'qr.looking':
    'Yn chwilio am godau. Daliwch y camera fel bod y cod cyfan yn llenwi’r rhan fwyaf o’r llun.',
  'qr.progressLabel': 'Y bwndel a dderbyniwyd',
  'qr.received': 'Wedi derbyn {percent}% o’r bwndel.',
  'qr.complete': 'Mae’r bwndel cyfan wedi cyrraedd.',
  'qr.videoLabel': 'Beth mae’r camera’n ei weld',
  'qr.startAgain': 'Dechrau eto',
  'qr.closeCamera': 'Cau’r camera',
} as const satisfies WelshCatalogue<typeof enQr>
