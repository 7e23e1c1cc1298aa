// Cymraeg for en-progress.ts: a review's next step and the actions due. Terms follow glossary.md.
import type { progress as enProgress } from './en-progress'
import type { WelshCatalogue } from './welsh-types'

export const progress = {
  'next.write-focus': 'Cynllunio — ysgrifennwch y ffocws a’i linellau ymholi',
  'next.send-pack': 'Mae’r ffocws yn barod — anfonwch y pecyn adolygu at y tîm',
  'next.take-notes': 'Diwrnod adolygu — gwnewch nodiadau mewn gwersi a sgyrsiau',
  'next.consolidate': 'Mae drafftiau’n cyrraedd — dechreuwch yr adborth cyfunol',
  'next.finish-feedback':
    'Mae’r adborth ar y gweill — nodwch ei fod yn barod pan fydd y tîm yn cytuno arno',
  'next.plan-workshop': 'Mae’r adborth yn barod — cynlluniwch y gweithdy',
  'next.agree-priorities': 'Mae’r gweithdy wedi dechrau — cytunwch ar un i dair blaenoriaeth',
  'next.plan-actions':
    'Mae’r blaenoriaethau wedi’u cytuno — cynlluniwch y camau gweithredu ar gyfer pob un',
  'next.first-checkin':
    'Mae’r cynllun wedi’i gytuno — cynhaliwch gyfarfod cynnydd ar y camau gweithredu wrth iddyn nhw ddechrau',
  'next.review-due': 'Mae’n bryd adolygu camau gweithredu — ychwanegwch gyfarfod cynnydd at bob un',
  'next.keep-checking': 'Camau dilynol — daliwch ati i adolygu cynnydd y camau gweithredu',
  'next.start-next':
    'Mae pob cam gweithredu wedi’i gwblhau neu wedi’i atal — dechreuwch yr adolygiad nesaf',
  'next.closed': 'Wedi cau — dechreuwch yr adolygiad nesaf o’r un hwn pan fyddwch chi’n barod',
  'progress.due': {
    zero: '{count} cam gweithredu i’w adolygu yr wythnos hon',
    one: '{count} cam gweithredu i’w adolygu yr wythnos hon',
    two: '{count} gam gweithredu i’w hadolygu yr wythnos hon',
    few: '{count} cham gweithredu i’w hadolygu yr wythnos hon',
    many: '{count} cham gweithredu i’w hadolygu yr wythnos hon',
    other: '{count} o gamau gweithredu i’w hadolygu yr wythnos hon',
  },
} as const satisfies WelshCatalogue<typeof enProgress>
