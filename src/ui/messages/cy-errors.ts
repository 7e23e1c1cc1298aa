// Cymraeg for en-errors.ts: one plain sentence for each typed error code, what went wrong and
// what to do next. The product is named “yr ap” after prepositions, so no mutation of the name
// (o Ddiwrnod Adolygu, gan Ddiwrnod Adolygu) is ever needed.
import type { errors as enErrors } from './en-errors'
import type { WelshCatalogue } from './welsh-types'

export const errors = {
  'error.unknown':
    'Aeth rhywbeth o’i le. Mae’r gwaith rydych chi wedi’i gadw yn ddiogel. Rhowch gynnig arall arni, neu ail-lwythwch yr ap.',
  'error.bundle/too-large':
    'Mae’r ffeil hon yn rhy fawr i’w mewnforio: {limitMb} MB yw’r terfyn. Gwiriwch mai bwndel Diwrnod Adolygu yw hi, neu allforiwch lai o adolygiadau iddi.',
  'error.bundle/empty':
    'Mae’r ffeil hon yn wag. Gofynnwch i’r anfonwr allforio’r bwndel eto ac anfon y ffeil newydd atoch chi.',
  'error.bundle/not-json':
    'Nid bwndel Diwrnod Adolygu yw’r ffeil hon, neu efallai iddi gael ei thorri’n fyr ar y ffordd. Gofynnwch i’r anfonwr allforio’r bwndel a’i anfon eto.',
  'error.bundle/not-a-bundle':
    'Nid bwndel Diwrnod Adolygu yw’r ffeil hon. Dewiswch y ffeil a allforiodd yr ap: mae ei henw’n dechrau â ‘review-day’.',
  'error.bundle/sealed':
    'Mae’r bwndel hwn wedi’i selio â chyfrinymadrodd. Rhowch y cyfrinymadrodd a roddodd yr anfonwr i chi er mwyn ei agor.',
  'error.bundle/newer-version':
    'Cafodd y bwndel hwn ei wneud gan fersiwn newyddach o’r ap. Diweddarwch yr ap (ail-lwythwch pan fyddwch chi ar-lein), yna mewnforiwch y bwndel eto.',
  'error.bundle/digest-mismatch':
    'Cafodd y ffeil hon ei newid neu ei difrodi ar ôl cael ei hallforio, felly ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr allforio’r bwndel a’i anfon eto.',
  'error.bundle/invalid':
    'Does dim modd darllen rhan o’r bwndel hwn ({paths}), felly ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr ddiweddaru’r ap ac allforio’r bwndel eto.',
  'error.bundle/duplicate-record':
    'Mae’r bwndel hwn yn cynnwys yr un cofnod ddwywaith, felly efallai ei fod wedi cael ei olygu â llaw. Ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr allforio’r bwndel eto.',
  'error.bundle/review-not-listed':
    'Mae’r bwndel hwn yn cynnwys cofnod o adolygiad nad yw’n ei restru, felly efallai ei fod wedi cael ei olygu â llaw. Ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr allforio’r bwndel eto.',
  'error.bundle/record-mismatch':
    'Mae cofnod yn y bwndel hwn yn anghyson â chofnod gwahanol sydd eisoes ar y ddyfais hon, felly ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr allforio’r bwndel eto o’r ddyfais a’i gwnaeth.',
  'error.bundle/duplicate-key':
    'Mae’r ffeil hon yn enwi ‘{key}’ ddwywaith, felly gellid ei darllen mewn dwy ffordd, ac efallai ei bod wedi cael ei golygu â llaw. Ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr allforio’r bwndel eto.',
  'error.bundle/too-many-versions':
    'Ar ôl y mewnforio hwn, byddai gan gofnod fwy na {cap} o fersiynau ochr yn ochr — llawer mwy nag y mae adolygiad byth yn ei wneud — felly ni chafodd dim ei fewnforio. Datryswch y gwrthdaro ar y ddyfais hon, gofynnwch i’r anfonwr wneud yr un peth, yna mewnforiwch y bwndel eto.',
  'error.bundle/too-many-devices':
    'Mae cofnod yn y bwndel hwn yn dweud iddo gael ei newid ar fwy na {cap} o ddyfeisiau, llawer mwy nag y mae adolygiad byth yn eu cynnwys, felly ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr o ble daeth y ffeil, a gofynnwch iddyn nhw allforio’u gwaith eto o’u dyfais eu hunain.',
  'error.bundle/claims-this-device':
    'Mae’r bwndel hwn yn dweud bod y ddyfais hon wedi gwneud newidiadau na wnaeth hi erioed ({record}), felly does dim modd ymddiried yn y ffeil, ac ni chafodd dim ei fewnforio. Gofynnwch i’r anfonwr o ble daeth y ffeil, a gofynnwch iddyn nhw allforio’u gwaith eto o’u dyfais eu hunain.',
  'error.seal/wrong-passphrase':
    'Nid yw’r cyfrinymadrodd hwnnw’n agor y bwndel hwn, neu efallai i’r ffeil gael ei newid ar ôl iddi gael ei selio. Gwiriwch y cyfrinymadrodd gyda’r anfonwr a rhowch gynnig arall arni.',
  'error.seal/invalid':
    'Mae’r bwndel hwn sydd wedi’i selio wedi’i ddifrodi, a does dim modd ei agor. Gofynnwch i’r anfonwr allforio’r bwndel a’i anfon eto.',
  'error.seal/unknown-content':
    'Mae’r bwndel hwn sydd wedi’i selio wedi’i bacio mewn ffordd na all y fersiwn hon o’r ap ei agor. Diweddarwch yr ap (ail-lwythwch pan fyddwch chi ar-lein), yna derbyniwch y bwndel eto.',
  'error.seal/too-short':
    'Dewiswch gyfrinymadrodd o {minLength} nod o leiaf. Mae ychydig o eiriau yn hawdd eu dweud wrth y sawl sy’n cael y bwndel, ac yn anodd eu dyfalu.',
  'error.seal/too-weak':
    'Mae’r cyfrinymadrodd hwnnw ymhlith y rhai cyntaf y mae pobl yn rhoi cynnig arnyn nhw: ailadrodd, rhes fel 1234567890, neu gyfrinair cyffredin. Dewiswch ychydig o eiriau na fyddai neb ond chi yn eu rhoi at ei gilydd, fel tri pheth y gallwch eu gweld o’r lle rydych chi’n eistedd.',
  'error.camera/refused':
    'Ni chafodd yr ap ganiatâd i ddefnyddio’r camera, felly does dim modd iddo ddarllen y codau. Caniatewch y camera ar gyfer yr ap yng ngosodiadau eich porwr a rhowch gynnig arall arni, neu derbyniwch y bwndel fel ffeil.',
  'error.camera/none':
    'Ni chafwyd hyd i gamera ar y ddyfais hon, felly does dim modd iddi ddarllen y codau. Derbyniwch y bwndel fel ffeil yn lle hynny.',
  'error.camera/in-use':
    'Ni ddechreuodd y camera: efallai fod ap arall yn ei ddefnyddio. Caewch apiau eraill sy’n defnyddio’r camera, yna rhowch gynnig arall arni.',
  'error.qr/not-ours':
    'Nid cod QR gan yr ap yw hwnnw. Anelwch y camera at y codau ar y sgrin Rhannu ar y ffôn arall.',
  'error.qr/newer-version':
    'Mae’r codau hyn yn dod o fersiwn newyddach o’r ap. Diweddarwch yr ap ar y ffôn hwn (ail-lwythwch pan fyddwch chi ar-lein), yna rhowch gynnig arall arni.',
  'error.qr/other-transfer':
    'Mae’r codau hyn yn perthyn i fwndel gwahanol i’r un sy’n cael ei dderbyn, felly ni chawson nhw eu defnyddio. Cadwch y camera ar un ffôn, neu dewiswch Dechrau eto i dderbyn y bwndel arall.',
  'error.record/conflicted':
    'Mae fersiynau o hwn gan fwy nag un person. Cyn ei olygu, dewiswch un fersiwn i’w chadw neu gyfuniad o’r fersiynau.',
  'error.record/missing':
    'Nid yw hwn ar y ddyfais hon bellach: efallai ei fod wedi’i dynnu mewn tab arall. Ewch yn ôl i’r rhestr ac ail-lwythwch.',
  'error.storage/full':
    'Does dim lle storio ar ôl ar y ddyfais hon, felly ni chafodd y newid diwethaf ei gadw. Mae popeth a gadwyd cyn hynny yn ddiogel. Rhyddhewch ychydig o le, yna rhowch gynnig arall arni.',
} as const satisfies WelshCatalogue<typeof enErrors>
