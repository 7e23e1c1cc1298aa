// Cymraeg for en-conversations.ts: conversations with staff, pupils and others, and evidence.
import type { conversations as enConversations } from './en-conversations'
import type { WelshCatalogue } from './welsh-types'

export const conversations = {
  'conversations.title': 'Sgyrsiau',
  // A whole question, so the option after it (Disgyblion, Rhieni…) never has to follow “â”.
  'conversations.with': 'Gyda phwy mae’r sgwrs?',
  'conversations.start': 'Dechrau sgwrs',
  'conversations.empty':
    'Does dim sgyrsiau eto. Dechreuwch un pan fyddwch chi’n eistedd gyda grŵp o ddisgyblion neu staff.',
  // {with} is a capitalised option label (Disgyblion); after a colon it needs no mutation.
  // ymateb begins with a vowel: nothing mutates after dau, tri or chwe.
  'conversations.responses': {
    zero: '{count} ymateb',
    one: '{count} ymateb',
    two: '{count} ymateb',
    few: '{count} ymateb',
    many: '{count} ymateb',
    other: '{count} o ymatebion',
  },
  'with.staff': 'Aelodau staff',
  'with.pupils': 'Disgyblion',
  'with.leaders': 'Arweinwyr',
  'with.parents': 'Rhieni',
  'with.governors': 'Llywodraethwyr',
  'with.other': 'Eraill',
  'conversation.context': 'Pwy a phryd',
  'conversation.group': 'Grŵp',
  'conversation.groupHint':
    'Er enghraifft ‘Blwyddyn 5, pedwar disgybl’ neu ‘Tîm mathemateg’. Dim enwau.',
  'conversation.size': 'Faint o bobl',
  'conversation.time': 'Amser',
  'conversation.prompts': 'Sbardunau o’r ffocws',
  'conversation.noPrompts':
    'Does dim sbardunau yn y ffocws eto. Ychwanegwch sbardunau at y llinellau ymholi, neu ysgrifennwch nodiadau rhydd isod.',
  'conversation.prompt': 'Sbardun {n} o {total}',
  'conversation.response': 'Ymateb',
  'conversation.freeNotes': 'Nodiadau rhydd',
  'conversation.noFreeNotes': 'Does dim nodiadau rhydd eto.',
  'conversation.delete': 'Dileu’r sgwrs hon',
  'conversation.confirmDelete':
    'Dileu’r sgwrs hon a’i holl nodiadau? Does dim modd dadwneud hyn ar y ddyfais hon.',
  'conversation.freeNote': 'Nodyn rhydd {n}',

  'evidence.title': 'Tystiolaeth',
  'evidence.search': 'Chwilio’r nodiadau',
  'evidence.filter': 'Llinell ymholi',
  'evidence.allLines': 'Pob llinell ymholi',
  'evidence.results': {
    zero: '{count} nodyn',
    one: '{count} nodyn',
    two: '{count} nodyn',
    few: '{count} nodyn',
    many: '{count} nodyn',
    other: '{count} o nodiadau',
  },
  'evidence.none':
    'Does dim nodiadau’n cyfateb. Rhowch gynnig ar lai o eiriau neu linell ymholi arall.',
  'evidence.nothingYet':
    'Does dim nodiadau eto. Mae nodiadau o ymweliadau a sgyrsiau yn ymddangos yma.',
  'evidence.open': 'Agor y ffynhonnell',
  'evidence.coverage': 'Cwmpas y dystiolaeth',
  'evidence.coverageHint':
    'Faint o nodiadau sydd y tu ôl i bob llinell ymholi, o ba weithgareddau a pha bobl. Mae’r bylchau i’w gweld tra bo amser i’w llenwi o hyd.',
  'evidence.gap': 'Dim tystiolaeth eto',
  'evidence.fromSources': 'Ffynonellau: {sources}',
  'evidence.fromPeople': 'Awduron: {people}',
  // A label and how many notes it has, an item of the lists above: no words to agree.
  'evidence.countOf': '{what} ({count})',
  'evidence.by': '{context} · {source} · {name}',
  'source.lesson-visit': 'Ymweliad â gwers',
  'source.learning-walk': 'Taith ddysgu',
  'source.work-scrutiny': 'Craffu ar waith',
  'source.staff-conversation': 'Sgwrs â staff',
  'source.pupils-conversation': 'Sgwrs â disgyblion',
  'source.leaders-conversation': 'Sgwrs ag arweinwyr',
  'source.parents-conversation': 'Sgwrs â rhieni',
  'source.governors-conversation': 'Sgwrs â llywodraethwyr',
  'source.other-conversation': 'Sgwrs',
} as const satisfies WelshCatalogue<typeof enConversations>
