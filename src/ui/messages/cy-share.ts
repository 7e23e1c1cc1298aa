// Cymraeg for en-share.ts: export, import, its preview and history, and conflicts.
// Names that the app inserts ({name}, {people}) come after a colon or in brackets, never after
// a preposition such as “gan”: “gan chi” would be wrong (it is “gennych chi”), and a name after
// “gan” may need a mutation that a placeholder cannot make.
import type { share as enShare } from './en-share'
import type { WelshCatalogue } from './welsh-types'

export const share = {
  'review.share': 'Rhannu',
  'share.title': 'Rhannu',
  'share.send': 'Anfon eich gwaith',
  'share.allExported': 'Mae popeth yma wedi’i allforio.',
  // cofnod: dau gofnod (soft), tri chofnod and chwe chofnod (aspirate), 4 o gofnodion.
  'share.unexported': {
    zero: 'Mae {count} cofnod wedi newid ers i chi allforio’r adolygiad hwn ddiwethaf.',
    one: 'Mae {count} cofnod wedi newid ers i chi allforio’r adolygiad hwn ddiwethaf.',
    two: 'Mae {count} gofnod wedi newid ers i chi allforio’r adolygiad hwn ddiwethaf.',
    few: 'Mae {count} chofnod wedi newid ers i chi allforio’r adolygiad hwn ddiwethaf.',
    many: 'Mae {count} chofnod wedi newid ers i chi allforio’r adolygiad hwn ddiwethaf.',
    other: 'Mae {count} o gofnodion wedi newid ers i chi allforio’r adolygiad hwn ddiwethaf.',
  },
  'share.lastExport': 'Allforiwyd ddiwethaf: {time}.',
  'share.neverExported': 'Heb ei allforio o’r ddyfais hon eto.',
  'share.export': 'Allforio’r adolygiad hwn',
  'share.exportHint':
    'Mae hyn yn gwneud ffeil bwndel o bopeth sydd yn yr adolygiad hwn ar y ddyfais hon. Anfonwch hi at yr ysgol sy’n cynnal neu at y prif adolygydd.',
  'share.exporting': 'Wrthi’n gwneud y bwndel…',
  'share.ready': 'Mae’r bwndel yn barod: {file}. Nid yw wedi’i selio.',
  'share.send.button': 'Rhannu neu gadw’r ffeil',
  'seal.unsealedChoice': 'Allforio heb gyfrinymadrodd',
  'seal.unsealedWarning':
    'Heb gyfrinymadrodd, gall unrhyw un sy’n cael y ffeil ddarllen pob nodyn ynddi, gan gynnwys yr hyn a ddywedodd disgyblion a staff. Gwnewch hyn dim ond os na fydd y ffeil yn gadael dyfais rydych chi’n ymddiried ynddi.',
  'seal.passphrase': 'Cyfrinymadrodd',
  'seal.passphraseHint':
    'O leiaf 10 nod. Mae ychydig o eiriau digyswllt yn hawdd eu dweud ac yn anodd eu dyfalu.',
  'seal.again': 'Cyfrinymadrodd eto',
  'seal.tooShort': 'Mae angen o leiaf 10 nod yn y cyfrinymadrodd.',
  'seal.mismatch': 'Nid yw’r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.',
  'seal.strength.weak': 'Cyfrinymadrodd gwan: ychwanegwch ragor o eiriau.',
  'seal.strength.fair': 'Cyfrinymadrodd gweddol.',
  'seal.strength.strong': 'Cyfrinymadrodd cryf.',
  'seal.otherChannel':
    'Anfonwch y cyfrinymadrodd mewn ffordd wahanol i’r ffeil: dywedwch ef, anfonwch neges destun, neu ffoniwch — byth yn yr un e-bost neu sgwrs.',
  'seal.export': 'Selio a gwneud y bwndel',
  'seal.sealing': 'Wrthi’n selio’r bwndel…',
  'seal.ready':
    'Mae’r bwndel wedi’i selio ac yn barod: {file}. Cofiwch anfon y cyfrinymadrodd mewn ffordd arall.',
  'seal.askTitle': 'Mae’r bwndel hwn wedi’i selio',
  'seal.openPassphrase': 'Cyfrinymadrodd y bwndel hwn',
  'seal.askHint': 'Teipiwch y cyfrinymadrodd a roddodd yr anfonwr i chi.',
  'seal.open': 'Agor y bwndel',
  'seal.opening': 'Wrthi’n agor y bwndel sydd wedi’i selio…',
  'share.shared': 'Mae’r bwndel wedi’i rannu: {file}.',
  'share.downloaded': 'Mae’r bwndel wedi’i gadw yn eich ffolder lawrlwythiadau: {file}.',
  'share.cancelled': 'Cafodd y rhannu ei ganslo. Ni chafodd dim ei anfon.',
  'share.needProfile':
    'Dywedwch pwy ydych chi yn y Gosodiadau yn gyntaf, er mwyn i’ch tîm weld pwy ysgrifennodd bob nodyn.',

  'import.title': 'Mewnforio bwndel',
  'import.choose': 'Dewis ffeil bwndel',
  // “yr ap” rather than the name, which would have to mutate as the object of cyrraedd.
  'import.sharedOthers':
    'Cafodd ffeiliau eraill eu rhannu gyda’r un hon ({count}), ond dim ond hon a gadwyd. Rhannwch nhw un ar y tro i fewnforio pob un.',
  'import.sharedMissing':
    'Ni chyrhaeddodd y ffeil a rannwyd yr ap. Rhannwch hi eto, neu cadwch hi a’i dewis hi yma.',
  'import.hint':
    'Bwndel yw’r ffeil y mae adolygydd arall neu’r ysgol sy’n cynnal wedi’i hallforio o’r ap. Does dim yn newid nes i chi gadarnhau.',
  'import.drop': 'Gallwch hefyd ollwng ffeil bwndel yma.',
  'import.reading': 'Wrthi’n darllen y ffeil…',
  'import.checking': 'Wrthi’n gwirio’r bwndel…',
  'import.applying': 'Wrthi’n mewnforio…',
  'import.previewTitle': 'Mewnforio’r bwndel hwn?',
  'import.from': 'Anfonwr: {name}, {school}',
  'import.reviews': 'Adolygiad: {names}',
  'import.countNew': {
    zero: '{count} cofnod newydd',
    one: '{count} cofnod newydd',
    two: '{count} gofnod newydd',
    few: '{count} chofnod newydd',
    many: '{count} chofnod newydd',
    other: '{count} o gofnodion newydd',
  },
  'import.countUpdated': {
    zero: '{count} wedi’u diweddaru',
    one: '{count} wedi’i ddiweddaru',
    two: '{count} wedi’u diweddaru',
    few: '{count} wedi’u diweddaru',
    many: '{count} wedi’u diweddaru',
    other: '{count} wedi’u diweddaru',
  },
  'import.countUnchanged': {
    zero: '{count} heb newid',
    one: '{count} heb newid',
    two: '{count} heb newid',
    few: '{count} heb newid',
    many: '{count} heb newid',
    other: '{count} heb newid',
  },
  // gwrthdaro: dau wrthdaro (soft); tri and chwe leave g alone. It keeps the singular after
  // every numeral, which Welsh allows for any number.
  'import.countConflicts': {
    zero: '{count} gwrthdaro i’w datrys',
    one: '{count} gwrthdaro i’w ddatrys',
    two: '{count} wrthdaro i’w datrys',
    few: '{count} gwrthdaro i’w datrys',
    many: '{count} gwrthdaro i’w datrys',
    other: '{count} gwrthdaro i’w datrys',
  },
  'import.confirm': 'Mewnforio',
  'import.alreadyImported': 'Mae’r bwndel hwn wedi’i fewnforio’n barod — does dim wedi newid.',
  // {counts} is the import.count* sentences above, each whole, joined as a list.
  'import.done': 'Wedi mewnforio bwndel {name}: {counts}.',
  'import.openReview': 'Agor yr adolygiad',
  'import.history': 'Hanes mewnforio',
  'import.noHistory': 'Does dim wedi’i fewnforio ar y ddyfais hon eto.',
  'import.historyItem': '{name} ({school}), {time}: {counts}',
  'import.recordNamed': '{kind}: {title} ({review})',
  'import.recordOf': '{kind} ({review})',
  'import.reviewNotHere': 'adolygiad nad yw ar y ddyfais hon',
  'import.deletesTitle': 'Byddai’r mewnforio hwn yn dileu:',
  'import.replacesTitle':
    'Byddai’r mewnforio hwn yn rhoi gwaith rhywun arall yn lle’ch gwaith chi yma:',
  'import.lossesHint':
    'Mewnforiwch dim ond os oeddech chi’n disgwyl hyn. Gallwch chi ddadwneud mewnforio wedyn o’r hanes mewnforio ar y sgrin Rhannu.',
  'import.sameIdBefore':
    'Cafodd ffeil arall â dynodydd y bwndel hwn ei mewnforio o’r blaen. Mae hon yn wahanol, felly caiff ei mewnforio yn ôl yr arfer.',
  'import.historySameId':
    'Roedd ffeil arall â’r un dynodydd bwndel wedi’i mewnforio cyn yr un hon.',
  'import.undo': 'Dadwneud y mewnforio hwn',
  'import.undoConfirm':
    'Rhoi pob cofnod a newidiodd y mewnforio hwn yn ôl fel yr oedd o’r blaen? Caiff cofnodion sydd wedi newid ers hynny eu gadael fel y maen nhw.',
  'import.undone':
    'Wedi’i ddadwneud {time}. Wedi’u rhoi’n ôl fel o’r blaen: {restored}; wedi newid ers hynny, wedi’u gadael: {changedSince}; mewn gwrthdaro, wedi’u gadael i chi ddewis: {conflicts}.',

  'conflicts.title': 'Gwrthdaro',
  'conflicts.none': 'Dim gwrthdaro: roedd newidiadau pawb yn cyd-fynd â’i gilydd.',
  'conflicts.intro':
    'Mae dau berson wedi newid yr un peth ar wahân. Dewiswch pa fersiwn i’w chadw, neu gyfuniad ohonyn nhw.',
  'conflicts.item': '{kind}: wedi’i newid gan fwy nag un person ({people})',
  'conflicts.resolve': 'Datrys',
  'conflict.title': 'Datrys gwrthdaro',
  'conflict.version': 'Fersiwn: {name}, {time}',
  'conflict.deleted': 'Wedi dileu hwn.',
  'conflict.keep': 'Cadw’r fersiwn hon',
  'conflict.keepLabel': 'Cadw’r fersiwn: {name}, {time}',
  'conflict.combine': 'Cyfuno: cadw pob testun o bob fersiwn',
  'conflict.combined': 'Y fersiwn gyfunol',
  'conflict.combinedIntro':
    'Mae pob testun o bob fersiwn yma. Mae geiriau nad oedd ond mewn fersiwn arall yn dilyn enw’r person a’u hysgrifennodd a’r amser. Cadwch y fersiwn hon, neu canslwch a dewis un uchod.',
  'conflict.keepCombined': 'Cadw’r fersiwn gyfunol',
  // A name never follows a mutating preposition (glossary, "Style"), and {name} may be "chi" (this
  // device), which cannot stand as a genitive ("Fersiwn chi"): so a colon, as conflict.version does.
  'conflict.from': 'Fersiwn: {name}, {time}:',
  'conflict.tooLongText':
    'Does dim modd cyfuno’r fersiynau hyn: byddai’r testun sy’n dechrau ‘{start}’ yn hirach nag y caiff fod. Cadwch un fersiwn, yna ychwanegwch â llaw yr hyn sydd ei angen arnoch o’r llall.',
  'conflict.tooLongList':
    'Does dim modd cyfuno’r fersiynau hyn: gyda’i gilydd maen nhw’n dal mwy o eitemau mewn un rhestr nag y caiff ei ddal. Cadwch un fersiwn, yna ychwanegwch â llaw yr hyn sydd ei angen arnoch o’r llall.',
  'conflict.resolved': 'Mae’r gwrthdaro wedi’i ddatrys.',
  'conflict.gone': 'Mae’r gwrthdaro hwn wedi’i ddatrys yn barod.',
  'conflict.notes': {
    zero: '{count} nodyn',
    one: '{count} nodyn',
    two: '{count} nodyn',
    few: '{count} nodyn',
    many: '{count} nodyn',
    other: '{count} o nodiadau',
  },
  'kind.review': 'Yr adolygiad',
  'kind.focus': 'Y ffocws',
  'kind.visit': 'Ymweliad',
  'kind.conversation': 'Sgwrs',
  'kind.feedback': 'Adborth',
  'people.unknown': 'rhywun',
  'people.me': 'chi',
  'visits.by': 'Adolygydd: {name}',
} as const satisfies WelshCatalogue<typeof enShare>
