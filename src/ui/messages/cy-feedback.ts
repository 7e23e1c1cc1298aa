// Cymraeg for en-feedback.ts: reviewers' drafts, the consolidated feedback and the report.
import type { feedback as enFeedback } from './en-feedback'
import type { WelshCatalogue } from './welsh-types'

export const feedback = {
  'feedback.title': 'Adborth',
  'feedback.intro':
    'Gwella, nid profi, yw diben adolygu gan gymheiriaid: dywedwch beth a welwyd, gyda thystiolaeth, a gofynnwch gwestiynau i’r ysgol fyfyrio arnynt. Dim graddau, a dim byd am unigolion.',
  'feedback.all': 'Yr holl adborth',

  'feedback.mine': 'Eich drafft',
  'feedback.myDraft': 'Drafft eich adborth',
  'feedback.startMine': 'Dechrau fy nrafft adborth',
  'feedback.noMine':
    'Nid ydych chi wedi dechrau eich adborth eto. Dechreuwch eich drafft pan fydd eich ymweliadau a’ch sgyrsiau wedi’u gorffen: mae’n casglu pob nodyn sydd wedi’i dagio i bob llinell ymholi.',
  'feedback.needProfile':
    'Dywedwch pwy ydych chi yn y Gosodiadau yn gyntaf: mae eich enw ar eich drafft er mwyn i’r prif adolygydd wybod pwy biau’r drafft.',
  'feedback.openSettings': 'Agor y Gosodiadau',

  'feedback.others': 'Drafftiau adolygwyr eraill',
  'feedback.noOthers':
    'Does dim drafft gan adolygydd arall ar y ddyfais hon eto. Pan fydd adolygwyr yn anfon eu bwndeli atoch chi, mewnforiwch nhw ar y sgrin Rhannu a bydd eu drafftiau’n ymddangos yma.',
  'feedback.openShare': 'Agor Rhannu',
  // {name} is the author's name as typed; “Drafft Priya” is a genitive, with nothing to mutate.
  'feedback.draftBy': 'Drafft {name}',

  'feedback.consolidated': 'Adborth cyfunol',
  'feedback.consolidatedBy': 'Adborth cyfunol ({name})',
  'feedback.consolidatedHint':
    'Ar gyfer y prif adolygydd: dewch â drafftiau’r tîm at ei gilydd yn adborth i’w gyflwyno i’r ysgol. Mewnforiwch fwndel pob adolygydd yn gyntaf.',
  'feedback.startConsolidated': 'Dechrau’r adborth cyfunol',
  'feedback.noConsolidated': 'Does dim adborth cyfunol eto.',
  'feedback.severalConsolidated':
    'Mae mwy nag un adborth cyfunol ar y ddyfais hon (dechreuodd dau berson un yr un). Mae’r adroddiad yn defnyddio’r un a newidiwyd fwyaf diweddar.',

  'feedback.report': 'Adroddiad i’w argraffu',
  'feedback.reportHint':
    'Yr adborth cyfunol wedi’i osod i’w argraffu neu i’w gadw fel PDF, gyda manylion a thîm yr adolygiad.',
  'feedback.openReport': 'Agor yr adroddiad i’w argraffu',

  'feedback.status.draft': 'Drafft',
  'feedback.status.ready': 'Yn barod',
  // Follows “Drafft · ” in a list line, hence the small letter; the name stands in brackets.
  'feedback.changed': 'newid diwethaf {time} ({name})',
  'feedback.conflictedTag': 'Dwy fersiwn: angen penderfyniad',
  'feedback.starting': 'Wrthi’n dechrau…',

  'feedback.editIntro':
    'Ar gyfer pob llinell ymholi: darllenwch y nodiadau sydd wedi’u tagio iddi, cysylltwch y rhai sy’n cefnogi’r hyn rydych chi’n ei ysgrifennu, yna ysgrifennwch ganfyddiadau, cryfderau a chwestiynau i fyfyrio arnynt. Mae popeth yn cael ei gadw wrth i chi deipio.',
  'feedback.consolidatedIntro':
    'Ar gyfer pob llinell ymholi: dewch â’r hyn a ysgrifennodd yr adolygwyr, cysylltwch y dystiolaeth sydd y tu ôl iddo, a golygwch y cyfan yn un llais i’r ysgol. Mae popeth yn cael ei gadw wrth i chi deipio.',
  'feedback.readOnly':
    'Drafft {name} yw hwn, o’u bwndel nhw. Dim ond nhw all ei newid; gall y prif adolygydd ddod â’i eiriau i’r adborth cyfunol.',
  'feedback.conflicted':
    'Cafodd yr adborth hwn ei newid mewn dau le ar unwaith, felly does dim modd ei olygu nes i rywun ddewis pa fersiwn i’w chadw.',
  'feedback.resolve': 'Datrys y gwrthdaro',
  'feedback.noLines':
    'Does dim llinellau ymholi yn y ffocws eto, felly does dim byd i ysgrifennu canfyddiadau amdano. Ychwanegwch linellau ar y sgrin Ffocws.',
  'feedback.openFocus': 'Agor Ffocws',
  'feedback.removedLine': 'Llinell ymholi sydd wedi’i thynnu o’r ffocws ers hynny',
  'feedback.notesTagged': {
    zero: '{count} nodyn wedi’u tagio i’r llinell hon',
    one: '{count} nodyn wedi’i dagio i’r llinell hon',
    two: '{count} nodyn wedi’u tagio i’r llinell hon',
    few: '{count} nodyn wedi’u tagio i’r llinell hon',
    many: '{count} nodyn wedi’u tagio i’r llinell hon',
    other: '{count} o nodiadau wedi’u tagio i’r llinell hon',
  },
  'feedback.notesLinked': {
    zero: '{count} wedi’u cysylltu',
    one: '{count} wedi’i gysylltu',
    two: '{count} wedi’u cysylltu',
    few: '{count} wedi’u cysylltu',
    many: '{count} wedi’u cysylltu',
    other: '{count} wedi’u cysylltu',
  },
  'feedback.prompts': 'Sbardunau',

  // {notes} and {linked} are the two whole plural phrases above, side by side after a colon.
  'feedback.evidence': 'Tystiolaeth: {notes}, {linked}',
  'feedback.linkedEvidence': {
    zero: 'Tystiolaeth gysylltiedig: {count} nodyn',
    one: 'Tystiolaeth gysylltiedig: {count} nodyn',
    two: 'Tystiolaeth gysylltiedig: {count} nodyn',
    few: 'Tystiolaeth gysylltiedig: {count} nodyn',
    many: 'Tystiolaeth gysylltiedig: {count} nodyn',
    other: 'Tystiolaeth gysylltiedig: {count} o nodiadau',
  },
  'feedback.noLinkedEvidence': 'Does dim nodiadau wedi’u cysylltu â’r canfyddiadau hyn.',
  'feedback.noEvidence':
    'Does dim nodiadau wedi’u tagio i’r llinell hon eto. Tagiwch nodiadau iddi yn ystod ymweliadau a sgyrsiau; bydd nodiadau adolygwyr eraill yn ymddangos ar ôl i chi fewnforio eu bwndeli ar y sgrin Rhannu.',
  'feedback.link': 'Cysylltu â’r canfyddiad hwn',
  'feedback.linked': 'Wedi’i gysylltu',
  'feedback.noteBy': 'Awdur: {name}',
  'feedback.notTaggedNow': 'Wedi’i gysylltu, ond heb ei dagio i’r llinell ymholi hon bellach.',
  'feedback.linkedMissing': {
    zero: 'Nid yw {count} nodyn cysylltiedig ar y ddyfais hon (nid yw eu bwndeli wedi’u mewnforio yma).',
    one: 'Nid yw {count} nodyn cysylltiedig ar y ddyfais hon (nid yw ei fwndel wedi’i fewnforio yma).',
    two: 'Nid yw {count} nodyn cysylltiedig ar y ddyfais hon (nid yw eu bwndeli wedi’u mewnforio yma).',
    few: 'Nid yw {count} nodyn cysylltiedig ar y ddyfais hon (nid yw eu bwndeli wedi’u mewnforio yma).',
    many: 'Nid yw {count} nodyn cysylltiedig ar y ddyfais hon (nid yw eu bwndeli wedi’u mewnforio yma).',
    other:
      'Nid yw {count} o nodiadau cysylltiedig ar y ddyfais hon (nid yw eu bwndeli wedi’u mewnforio yma).',
  },
  'feedback.openVisit': 'Agor yr ymweliad hwn',
  'feedback.openConversation': 'Agor y sgwrs hon',

  'feedback.findings': 'Canfyddiadau',
  'feedback.findingsHint':
    'Yr hyn a welwyd ac a glywyd ar draws yr ysgol, gyda thystiolaeth. Am yr ysgol, byth am unigolion: dim enwau disgyblion nac athrawon.',
  'feedback.strengths': 'Cryfderau',
  'feedback.strengthsHint': 'Beth sy’n gweithio’n dda, a ble y’i gwelwyd.',
  'feedback.questions': 'Cwestiynau i fyfyrio arnynt',
  'feedback.questionsHint':
    'Cwestiynau agored sy’n helpu’r ysgol i benderfynu beth i’w wneud nesaf.',
  'feedback.summary': 'Crynodeb',
  'feedback.summaryHint':
    'Ychydig o frawddegau sy’n ateb y cwestiwn ymholi cyn belled ag y gallwch chi.',
  'feedback.gradingHint':
    'Mae adolygu gan gymheiriaid yn disgrifio’r hyn a welwyd ac yn gofyn cwestiynau. Ystyriwch aralleirio {words}.',
  // Welsh Government style: single curly quotation marks.
  'feedback.quoted': '‘{word}’',
  'feedback.nothingWritten': 'Does dim wedi’i ysgrifennu eto.',

  'feedback.fromDrafts': 'O ddrafftiau’r adolygwyr',
  'feedback.noDrafts':
    'Does dim drafftiau gan adolygwyr ar y ddyfais hon eto. Mewnforiwch fwndeli’r adolygwyr ar y sgrin Rhannu a bydd eu canfyddiadau’n ymddangos yma i’w dwyn ynghyd.',
  'feedback.draftsSaidNothing':
    'Nid oes unrhyw adolygydd wedi ysgrifennu dim ar gyfer y llinell hon eto.',
  'feedback.addTo.findings': 'Ychwanegu at y canfyddiadau cyfunol',
  'feedback.addTo.strengths': 'Ychwanegu at y cryfderau cyfunol',
  'feedback.addTo.questions': 'Ychwanegu at y cwestiynau cyfunol',
  'feedback.added.findings': 'Yn y canfyddiadau cyfunol.',
  'feedback.added.strengths': 'Yn y cryfderau cyfunol.',
  'feedback.added.questions': 'Yn y cwestiynau cyfunol.',
  'feedback.theirEvidence': {
    zero: 'Maen nhw wedi cysylltu {count} nodyn. Os ychwanegwch chi eu geiriau, bydd y nodiadau’n cael eu cysylltu yma hefyd.',
    one: 'Maen nhw wedi cysylltu {count} nodyn. Os ychwanegwch chi eu geiriau, bydd y nodyn yn cael ei gysylltu yma hefyd.',
    two: 'Maen nhw wedi cysylltu {count} nodyn. Os ychwanegwch chi eu geiriau, bydd y nodiadau’n cael eu cysylltu yma hefyd.',
    few: 'Maen nhw wedi cysylltu {count} nodyn. Os ychwanegwch chi eu geiriau, bydd y nodiadau’n cael eu cysylltu yma hefyd.',
    many: 'Maen nhw wedi cysylltu {count} nodyn. Os ychwanegwch chi eu geiriau, bydd y nodiadau’n cael eu cysylltu yma hefyd.',
    other:
      'Maen nhw wedi cysylltu {count} o nodiadau. Os ychwanegwch chi eu geiriau, bydd y nodiadau’n cael eu cysylltu yma hefyd.',
  },
  'feedback.linkTheirEvidence': 'Cysylltu eu tystiolaeth yma',

  'feedback.statusHeading': 'Statws',
  'feedback.isDraft': 'Drafft yw hwn: daliwch ati i ychwanegu ato.',
  'feedback.isReady': 'Wedi’i farcio’n barod.',
  'feedback.isReadyConsolidated': 'Wedi’i farcio’n barod i’w gyflwyno.',
  'feedback.markReady': 'Marcio’n barod',
  'feedback.markDraft': 'Yn ôl i ddrafft',

  'report.title': 'Adborth adolygu gan gymheiriaid',
  'report.documentTitle': 'Adborth adolygu gan gymheiriaid – {school}',
  'report.back': 'Yn ôl i’r adborth',
  'report.print': 'Argraffu neu gadw fel PDF',
  'report.printHint':
    'I gadw PDF, dewiswch ‘Cadw fel PDF’ fel yr argraffydd. Darllenwch yr adroddiad hwn yn ofalus cyn ei rannu.',
  'report.school': 'Ysgol',
  'report.dates': 'Dyddiadau',
  'report.cluster': 'Clwstwr neu bartneriaeth',
  'report.noCluster': 'Heb ei osod',
  'report.oneDay': '{day}',
  'report.team': 'Tîm yr adolygiad',
  'report.teamName': 'Enw',
  'report.teamSchool': 'Ysgol',
  'report.teamRole': 'Rôl',
  'report.noTeam': 'Does dim aelodau tîm wedi’u rhestru yn y ffocws.',
  'report.question': 'Cwestiwn ymholi',
  'report.noQuestion': 'Nid yw’r cwestiwn ymholi wedi’i ysgrifennu eto.',
  'report.context': 'Cyd-destun',
  'report.summary': 'Crynodeb',
  'report.lines': 'Llinellau ymholi',
  'report.lineHeading': '{n}. {title}',
  'report.nothingForLine': 'Does dim adborth wedi’i ysgrifennu ar gyfer y llinell ymholi hon.',
  // darn: dau ddarn (soft); tri and chwe leave d alone; 4 o ddarnau.
  'report.pieces': {
    zero: '{count} darn o dystiolaeth',
    one: '{count} darn o dystiolaeth',
    two: '{count} ddarn o dystiolaeth',
    few: '{count} darn o dystiolaeth',
    many: '{count} darn o dystiolaeth',
    other: '{count} o ddarnau o dystiolaeth',
  },
  // gweithgaredd: dau weithgaredd (soft); tri and chwe leave g alone; 4 o weithgareddau.
  'report.activities': {
    zero: '{count} gweithgaredd',
    one: '{count} gweithgaredd',
    two: '{count} weithgaredd',
    few: '{count} gweithgaredd',
    many: '{count} gweithgaredd',
    other: '{count} o weithgareddau',
  },
  'report.notes': {
    zero: '{count} nodyn',
    one: '{count} nodyn',
    two: '{count} nodyn',
    few: '{count} nodyn',
    many: '{count} nodyn',
    other: '{count} o nodiadau',
  },
  // Impersonal past verbs (cysylltwyd, tagiwyd) agree with no number, so the plural phrases
  // {pieces}, {notes} and {activities} can stand in them whatever their count.
  'report.evidenceLinked': 'Tystiolaeth: cysylltwyd {pieces} o {activities} â’r canfyddiadau hyn.',
  'report.evidenceTagged':
    'Tystiolaeth: does dim wedi’i chysylltu â’r canfyddiadau hyn eto; tagiwyd {notes} o {activities} i’r llinell ymholi hon.',
  'report.evidenceNone': 'Tystiolaeth: ni thagiwyd unrhyw nodiadau i’r llinell ymholi hon.',
  'report.noConsolidated':
    'Does dim adborth cyfunol ar gyfer yr adolygiad hwn eto, felly does dim i’w argraffu. Y prif adolygydd sy’n ei ddechrau ar y sgrin Adborth.',
  'report.startOne': 'Mynd i’r Adborth i’w ddechrau',
  'report.draftWarning':
    'Drafft yw’r adborth cyfunol hwn o hyd. Marciwch ef yn barod ar y sgrin Adborth pan fydd y tîm yn cytuno arno.',
  'report.severalNote':
    'Mae mwy nag un adborth cyfunol ar y ddyfais hon; mae’r adroddiad hwn yn defnyddio’r un a newidiwyd fwyaf diweddar.',
  'report.madeFrom': 'Awdur yr adborth cyfunol: {author}. Newid diwethaf: {time}.',
} as const satisfies WelshCatalogue<typeof enFeedback>
