// Cymraeg for en-app.ts: the first screen's words. Terms follow glossary.md; `chi` throughout.
import type { app as enApp } from './en-app'
import type { WelshCatalogue } from './welsh-types'

export const app = {
  'app.name': 'Diwrnod Adolygu',
  'update.available': 'Mae diweddariad ar gael',
  'update.reload': 'Ail-lwytho',
  'db.closed-by-other-tab':
    'Cafodd Diwrnod Adolygu ei agor mewn fersiwn newyddach mewn tab arall. Ail-lwythwch y tab hwn i barhau i weithio: bydd popeth rydych chi wedi’i deipio yma yn cael ei gadw.',
  'db.blocked-by-other-tab':
    'Mae Diwrnod Adolygu yn dal ar agor mewn tab arall gyda fersiwn hŷn. Caewch neu ail-lwythwch y tab hwnnw, yna ail-lwythwch y tab hwn.',
  'db.closed':
    'Collodd Diwrnod Adolygu fynediad at ei storfa (efallai ei bod wedi’i chlirio). Ail-lwythwch i barhau.',
  'route.failed':
    'Doedd dim modd agor y sgrin hon. Efallai fod Diwrnod Adolygu wedi’i ddiweddaru mewn tab arall, neu nad yw wedi’i gadw’n llawn ar y ddyfais hon eto i’w ddefnyddio all-lein. Ail-lwythwch i barhau: mae’r gwaith rydych chi wedi’i gadw yn ddiogel.',
  'nav.reviews': 'Adolygiadau',
  'nav.settings': 'Gosodiadau',
  'nav.skip': 'Neidio i’r cynnwys',
  'common.save': 'Cadw',
  'common.cancel': 'Canslo',
  'common.remove': 'Tynnu',
  'common.edit': 'Golygu',
  'common.done': 'Gorffen',
  'common.delete': 'Dileu',
  'common.loading': 'Wrthi’n llwytho…',
  'common.notFound': 'Nid yw hwn ar y ddyfais hon. Efallai ei fod wedi cael ei dynnu.',
  'common.back': 'Yn ôl',
  'profile.title': 'Pwy ydych chi?',
  'profile.intro':
    'Mae eich enw a’ch ysgol yn cael eu dangos wrth ymyl y nodiadau rydych chi’n eu rhannu â’ch tîm. Maen nhw’n aros ar y ddyfais hon nes i chi allforio.',
  'profile.name': 'Eich enw',
  'profile.school': 'Eich ysgol',
  'profile.role': 'Eich rôl',
  'profile.saved': 'Mae’r proffil wedi’i gadw.',
  'profile.required': 'Rhowch eich enw a’ch ysgol.',
  'role.host': 'Ysgol sy’n cynnal',
  'role.lead-reviewer': 'Prif adolygydd',
  'role.reviewer': 'Adolygydd',
  'role.improvement-champion': 'Hyrwyddwr Gwella',
  'stage.planning': 'Cynllunio',
  'stage.review-day': 'Diwrnod adolygu',
  'stage.feedback': 'Adborth',
  'stage.workshop': 'Gweithdy',
  'stage.follow-up': 'Camau dilynol',
  'stage.closed': 'Wedi cau',
  'reviews.title': 'Adolygiadau',
  'reviews.new': 'Adolygiad newydd',
  'reviews.import': 'Mewnforio bwndel',
  'reviews.empty':
    'Does dim adolygiadau ar y ddyfais hon eto. Dechreuwch adolygiad newydd. Os cawsoch chi becyn adolygu gan yr ysgol sy’n cynnal, mewnforiwch ef.',
  // {start} and {end} are dates from Intl with 'cy', which begin with a digit: nothing to mutate.
  'reviews.dates': '{start} i {end}',
  'reviews.noDates': 'Heb osod dyddiadau',
  'reviews.unexported': {
    zero: '{count} newid heb eu hallforio eto',
    one: '{count} newid heb ei allforio eto',
    two: '{count} newid heb eu hallforio eto',
    few: '{count} newid heb eu hallforio eto',
    many: '{count} newid heb eu hallforio eto',
    other: '{count} o newidiadau heb eu hallforio eto',
  },
  'sample.intro':
    'Ydy Diwrnod Adolygu yn newydd i chi? Llwythwch enghraifft o adolygiad i weld diwrnod adolygu cyfan: ffocws, ymweliadau, sgwrs â disgyblion a drafft o adborth. Gallwch ei thynnu yn nes ymlaen yn y Gosodiadau.',
  'install.button': 'Gosod Diwrnod Adolygu',
  // iOS has no Welsh interface: its button names stay in English, in quotation marks.
  'install.iosShare': 'Tapiwch y botwm ‘Share’: sgwâr gyda saeth yn pwyntio i fyny.',
  'install.iosAdd': 'Dewiswch ‘Add to Home Screen’, yna ‘Add’.',
  'install.iosWhy':
    'Pam: gall Safari glirio nodiadau gwefan nad ydych chi wedi’i hagor ers saith diwrnod. Mae Diwrnod Adolygu ar eich sgrin gartref yn eu cadw.',
  'sample.try': 'Rhowch gynnig ar enghraifft o adolygiad',
  'language.choose': 'Iaith',
  'date.months':
    'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr',
  'date.day': '{day} {month} {year}',
  'date.dateTime': '{date} am {time}',
} as const satisfies WelshCatalogue<typeof enApp>
