// Words of feedback: reviewers' drafts, the consolidated feedback and the printable report.
export const feedback = {
  'feedback.title': 'Feedback',
  'feedback.intro':
    'Peer review is improving, not proving: say what was seen, with evidence, and ask questions for the school to reflect on. No grades, and nothing about individuals.',
  'feedback.all': 'All feedback',

  'feedback.mine': 'Your draft',
  'feedback.myDraft': 'Your feedback draft',
  'feedback.startMine': 'Start my feedback draft',
  'feedback.noMine':
    'You have not started your feedback yet. Start your draft once your visits and conversations are done: it gathers every note tagged to each line of enquiry.',
  'feedback.needProfile':
    'Say who you are in Settings first: your draft carries your name so the lead reviewer knows whose it is.',
  'feedback.openSettings': 'Open Settings',

  'feedback.others': 'Other reviewers’ drafts',
  'feedback.noOthers':
    'No other reviewer’s draft on this device yet. When reviewers send you their bundles, import them on the Share screen and their drafts appear here.',
  'feedback.openShare': 'Open Share',
  'feedback.draftBy': 'Draft by {name}',

  'feedback.consolidated': 'Consolidated feedback',
  'feedback.consolidatedBy': 'Consolidated feedback ({name})',
  'feedback.consolidatedHint':
    'For the lead reviewer: bring the team’s drafts together into the feedback you present to the school. Import every reviewer’s bundle first.',
  'feedback.startConsolidated': 'Start the consolidated feedback',
  'feedback.noConsolidated': 'No consolidated feedback yet.',
  'feedback.severalConsolidated':
    'There is more than one consolidated feedback on this device (two people started one). The report uses the most recently changed.',

  'feedback.report': 'Printable report',
  'feedback.reportHint':
    'The consolidated feedback laid out for printing or saving as a PDF, with the review’s details and team.',
  'feedback.openReport': 'Open the printable report',

  'feedback.status.draft': 'Draft',
  'feedback.status.ready': 'Ready',
  'feedback.changed': 'changed {time} by {name}',
  'feedback.conflictedTag': 'Two versions: needs a decision',
  'feedback.starting': 'Starting…',

  'feedback.editIntro':
    'For each line of enquiry: read the notes tagged to it, link the ones that support what you write, then write findings, strengths and questions for reflection. Everything saves as you type.',
  'feedback.consolidatedIntro':
    'For each line of enquiry: bring in what the reviewers wrote, link the evidence behind it, and edit it into one voice for the school. Everything saves as you type.',
  'feedback.readOnly':
    'This is {name}’s draft, from their bundle. Only they can change it; the lead reviewer can bring its words into the consolidated feedback.',
  'feedback.conflicted':
    'This feedback was changed in two places at once, so it cannot be edited until someone chooses which version to keep.',
  'feedback.resolve': 'Resolve the conflict',
  'feedback.noLines':
    'The focus has no lines of enquiry yet, so there is nothing to write findings against. Add them on the Focus screen.',
  'feedback.openFocus': 'Open Focus',
  'feedback.removedLine': 'A line of enquiry since removed from the focus',
  'feedback.notesTagged': {
    one: '{count} note tagged to this line',
    other: '{count} notes tagged to this line',
  },
  'feedback.notesLinked': { one: '{count} linked', other: '{count} linked' },
  'feedback.prompts': 'Prompts',

  'feedback.evidence': 'Evidence: {notes}, {linked}',
  'feedback.linkedEvidence': {
    one: 'Linked evidence: {count} note',
    other: 'Linked evidence: {count} notes',
  },
  'feedback.noLinkedEvidence': 'No notes linked to these findings.',
  'feedback.noEvidence':
    'No notes are tagged to this line yet. Tag notes to it during visits and conversations; other reviewers’ notes appear once you import their bundles on the Share screen.',
  'feedback.link': 'Link to this finding',
  'feedback.linked': 'Linked',
  'feedback.noteBy': 'by {name}',
  'feedback.notTaggedNow': 'Linked, but no longer tagged to this line of enquiry.',
  'feedback.linkedMissing': {
    one: '{count} linked note is not on this device (its bundle has not been imported here).',
    other:
      '{count} linked notes are not on this device (their bundles have not been imported here).',
  },
  'feedback.openVisit': 'Open this visit',
  'feedback.openConversation': 'Open this conversation',

  'feedback.findings': 'Findings',
  'feedback.findingsHint':
    'What was seen and heard across the school, with evidence. About the school, never individuals: no pupil or teacher names.',
  'feedback.strengths': 'Strengths',
  'feedback.strengthsHint': 'What is working well, and where it was seen.',
  'feedback.questions': 'Questions for reflection',
  'feedback.questionsHint': 'Open questions that help the school decide what to do next.',
  'feedback.summary': 'Summary',
  'feedback.summaryHint': 'A few sentences that answer the enquiry question as far as you can.',
  'feedback.gradingHint':
    'Peer review describes what was seen and asks questions. Consider rephrasing {words}.',
  'feedback.quoted': '“{word}”',
  'feedback.nothingWritten': 'Nothing written yet.',

  'feedback.fromDrafts': 'From the reviewers’ drafts',
  'feedback.noDrafts':
    'No reviewer drafts on this device yet. Import the reviewers’ bundles on the Share screen and their findings appear here to bring together.',
  'feedback.draftsSaidNothing': 'No reviewer has written anything for this line yet.',
  'feedback.addTo.findings': 'Add to consolidated findings',
  'feedback.addTo.strengths': 'Add to consolidated strengths',
  'feedback.addTo.questions': 'Add to consolidated questions',
  'feedback.added.findings': 'In the consolidated findings.',
  'feedback.added.strengths': 'In the consolidated strengths.',
  'feedback.added.questions': 'In the consolidated questions.',
  'feedback.theirEvidence': {
    one: 'They linked {count} note. Adding their words links it here too.',
    other: 'They linked {count} notes. Adding their words links them here too.',
  },
  'feedback.linkTheirEvidence': 'Link their evidence here',

  'feedback.statusHeading': 'Status',
  'feedback.isDraft': 'This is a draft: keep adding to it.',
  'feedback.isReady': 'Marked as ready.',
  'feedback.isReadyConsolidated': 'Marked as ready to present.',
  'feedback.markReady': 'Mark as ready',
  'feedback.markDraft': 'Back to draft',

  'report.title': 'Peer review feedback',
  'report.documentTitle': 'Peer review feedback – {school}',
  'report.back': 'Back to feedback',
  'report.print': 'Print or save as PDF',
  'report.printHint':
    'To keep a PDF, choose “Save as PDF” as the printer. Review this report before you share it.',
  'report.school': 'School',
  'report.dates': 'Dates',
  'report.cluster': 'Cluster or partnership',
  'report.noCluster': 'Not set',
  'report.oneDay': '{day}',
  'report.team': 'Review team',
  'report.teamName': 'Name',
  'report.teamSchool': 'School',
  'report.teamRole': 'Role',
  'report.noTeam': 'No team members listed in the focus.',
  'report.question': 'Enquiry question',
  'report.noQuestion': 'The enquiry question has not been written yet.',
  'report.context': 'Context',
  'report.summary': 'Summary',
  'report.lines': 'Lines of enquiry',
  'report.lineHeading': '{n}. {title}',
  'report.nothingForLine': 'No feedback written for this line of enquiry.',
  'report.pieces': { one: '{count} piece of evidence', other: '{count} pieces of evidence' },
  'report.activities': { one: '{count} activity', other: '{count} activities' },
  'report.notes': { one: '{count} note', other: '{count} notes' },
  'report.evidenceLinked': 'Evidence: {pieces} from {activities}, linked to these findings.',
  'report.evidenceTagged':
    'Evidence: none linked to these findings yet; {notes} from {activities} are tagged to this line of enquiry.',
  'report.evidenceNone': 'Evidence: no notes were tagged to this line of enquiry.',
  'report.noConsolidated':
    'There is no consolidated feedback for this review yet, so there is nothing to print. The lead reviewer starts it on the Feedback screen.',
  'report.startOne': 'Go to Feedback to start it',
  'report.draftWarning':
    'This consolidated feedback is still a draft. Mark it as ready on the Feedback screen when the team agrees it.',
  'report.severalNote':
    'More than one consolidated feedback is on this device; this report uses the one changed most recently.',
  'report.madeFrom': 'Consolidated feedback by {author}, last changed {time}.',
} as const
