/** The settings page: language, reminders, rules and payment, data, permissions. */
export const settings = {
  'settings.title': 'Buyer Guard settings',
  'settings.about':
    'Version {version}. Buyer Guard keeps all its data in this browser profile and sends nothing anywhere.',
  'settings.loading': 'Loading…',

  'settings.language.title': 'Language',
  'settings.language.label': 'Buyer Guard’s language',
  'settings.language.auto': 'As in the browser ({language})',
  'settings.language.note':
    'Texts you send to AliExpress (messages to the seller, dispute descriptions) stay in English, as the platform asks; your language’s version is shown beside them.',

  // Reminders.
  'settings.reminders.title': 'Reminders',
  'settings.reminders.enabled': 'Notify me before a deadline runs out',
  'settings.reminders.when': 'Remind me',
  'settings.reminders.daysBefore': '{count, plural, one {# day before} other {# days before}}',
  'settings.reminders.hoursBefore': '{count, plural, one {# hour before} other {# hours before}}',
  'settings.quiet.title': 'Quiet hours',
  'settings.quiet.explain': 'A reminder due at night waits until the quiet hours end, but never past its deadline.',
  'settings.quiet.enabled': 'Keep quiet at night',
  'settings.quiet.from': 'From',
  'settings.quiet.until': 'Until',
  'settings.reminders.kinds': 'Remind me of',

  // Rules and payment: each choice in a sentence; where a value comes from, behind "Details".
  'settings.rules.title': 'Rules and payment',
  'settings.payment.label': 'How do you usually pay on AliExpress?',
  'settings.payment.unknown': 'I don’t know, or it varies',
  'settings.payment.paypal': 'With PayPal',
  'settings.payment.card': 'With a bank card',
  'settings.payment.help':
    'If AliExpress does not refund you, PayPal (within 180 days) or your bank (a chargeback, usually within 180 days) can still help: Buyer Guard then tracks that deadline too.',
  'settings.complaints.label': 'Which complaint form do you see on AliExpress?',
  'settings.complaints.current': 'The current form',
  'settings.complaints.legacy': 'An older form with “Trading rules violations”',
  'settings.timings.title': 'Timings',
  'settings.timings.intro':
    'Buyer Guard uses the newest values AliExpress publishes. Change one only if the pages you see say otherwise. A countdown or a date the order page shows always wins over these.',
  'settings.rule.days': '{count, plural, one {# day} other {# days}}',
  'settings.rule.recommended': '{value} (recommended)',
  'settings.rule.details': 'Details',
  'settings.rule.detailLine': '{value}: {source}',
  'settings.rule.buyer-protection-max-days':
    'The longest buyer protection can last after shipping, used only when the order page shows no countdown',
  'settings.rule.protection-after-delivery-days':
    'How much protection is left once tracking says “delivered”, when the order page does not say',
  'settings.rule.dispute-opens-after-shipping-days': 'How long after shipping you can open a dispute',
  'settings.rule.seller-dispute-response-days': 'How long the seller has to answer your dispute',
  'settings.rule.escalation-auto-after-days':
    'How long without agreement before AliExpress steps in by itself (counted from the seller’s first answer)',
  'settings.rule.escalation-possible-after-days': 'How long after opening a dispute you can ask AliExpress to step in',
  'settings.rule.platform-decision-days': 'How long AliExpress takes to decide once it has stepped in',
  'settings.era.current': 'AliExpress’s current rules and help pages',
  'settings.era.help-centre-2020': 'AliExpress help pages of about 2020–22',
  'settings.era.guide-2019': 'buyer guides of 2019',
  'settings.era.redesign-2017': 'the 2017 redesign of disputes',
  'settings.era.legacy': 'older AliExpress help pages (about 2012–16)',
  'settings.era.seller-side': 'the rules for sellers',
  'settings.era.regional': 'an older value for one country',
  'settings.era.regional.ru': 'an older value for Russia',
  'settings.era.regional.br': 'an older value for Brazil',
  'settings.era.one-guide': 'a single buyer guide, not confirmed elsewhere',
  'settings.era.payment-provider': 'the payment provider’s rules',
  'settings.era.other-marketplace': 'a rule seen on another marketplace',
  'settings.era.buyer-guard': 'Buyer Guard’s own choice (no source gives a value)',
  'settings.rule.note.protection-after-delivery-days':
    'The current help pages give no number: the page shows what is left. The shorter value is the safe one — acting early costs nothing, acting late loses the refund.',
  'settings.rule.note.escalation-possible-after-days':
    'The “Escalate” button on the dispute page always decides; this only sets when Buyer Guard expects it.',

  // Your data.
  'settings.data.title': 'Your data',
  'settings.data.intro': 'Everything stays in this browser profile. A backup is the only copy elsewhere: keep it safe.',
  'settings.data.exportJson': 'Export a backup (JSON)',
  'settings.data.exportZip': 'Export a backup with evidence (ZIP)',
  'settings.data.exportCsv': 'Export orders as a spreadsheet (CSV)',
  'settings.data.preparingJson': 'Preparing the backup…',
  'settings.data.savedJson': 'Backup saved (orders, journal, settings; evidence files need the ZIP).',
  'settings.data.preparingZip': 'Packing the backup with evidence…',
  'settings.data.savedZip': 'Backup with evidence saved.',
  'settings.data.preparingCsv': 'Writing the spreadsheet…',
  'settings.data.savedCsv':
    '{count, plural, one {# order written to the spreadsheet.} other {# orders written to the spreadsheet.}}',
  'settings.import.title': 'Import a backup',
  'settings.import.merge': 'Add to what is here (the newer copy of an order wins)',
  'settings.import.replace': 'Replace everything here with the backup',
  'settings.import.file': 'Backup file (.json or .zip)',
  'settings.import.checking': 'Checking {name}…',
  'settings.import.failed': 'Nothing was changed. {error}',
  'settings.import.done':
    'Imported {orders, plural, one {# order} other {# orders}}, {journal, plural, one {# journal entry} other {# journal entries}} and {evidence, plural, one {# evidence file} other {# evidence files}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# link of the backup did not lead to AliExpress and was left out.} other {# links of the backup did not lead to AliExpress and were left out.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# evidence file of the backup had the name of a different file here: it was added beside it, the file here is unchanged.} other {# evidence files of the backup had the names of different files here: they were added beside them, the files here are unchanged.}}',
  'settings.import.error.empty': 'The file is empty.',
  'settings.import.error.damagedZip': 'The file is damaged: it is not a readable ZIP archive.',
  'settings.import.error.tooBig': 'The archive unpacks to more than Buyer Guard can import at once.',
  'settings.import.error.lyingEntry': 'The file is damaged: an entry of the archive holds more than its header says.',
  'settings.import.error.zipWithoutBackup': 'This ZIP is not a Buyer Guard backup (it has no {name}).',
  'settings.import.error.notJson':
    'The file is not a Buyer Guard backup: it is not valid JSON (it may be damaged or cut short).',
  'settings.import.error.notBackup': 'This file is not a Buyer Guard backup.',
  'settings.import.error.newer':
    'This backup was made by a newer version of Buyer Guard. Update the extension, then import it.',
  'settings.import.error.damaged': 'The backup is damaged ({detail}).',
  'settings.import.error.evidenceMissing': 'The backup lists evidence “{name}” but its file is missing.',
  'settings.import.error.evidenceChecksum': 'Evidence “{name}” does not match its checksum: the backup is damaged.',
  'settings.import.error.uploadMissing': 'Nothing was uploaded under this id.',
  'settings.import.error.uploadIncomplete': 'The upload is incomplete ({arrived} of {total} parts arrived).',
  'settings.delete.title': 'Delete all data',
  'settings.delete.label': 'Type “{phrase}” to delete every order, journal entry and evidence file',
  'settings.delete.phrase': 'delete everything',
  'settings.delete.button': 'Delete all data',
  'settings.delete.busy': 'Deleting…',
  'settings.delete.done': 'All Buyer Guard data on this device was deleted.',

  // CSV column headers (the values stay as stored: codes and ISO dates a spreadsheet sorts).
  'csv.orderId': 'Order ID',
  'csv.orderedOn': 'Order date',
  'csv.status': 'Status',
  'csv.statusText': 'Status (as shown)',
  'csv.store': 'Store',
  'csv.items': 'Items',
  'csv.total': 'Total',
  'csv.currency': 'Currency',
  'csv.nextDeadline': 'Next deadline',
  'csv.due': 'Due (a day, or an instant in UTC)',
  'csv.dueSource': 'Due source',
  'csv.dispute': 'Dispute',
  'csv.trackingNumber': 'Tracking number',
  'csv.carrier': 'Carrier',
  'csv.lastSeen': 'Last seen (UTC)',

  // Permissions, each in a sentence.
  'settings.permissions.title': 'What Buyer Guard may do in your browser',
  'settings.permissions.intro': 'Each permission, and why Buyer Guard needs it. Nothing else is asked for.',
  'settings.permission.storage':
    'Store data: your orders, deadlines and evidence are kept in this browser, nowhere else.',
  'settings.permission.alarms': 'Wake up before a deadline, so that a reminder is never missed.',
  'settings.permission.notifications': 'Show reminders: what is due, for which order, and what to do next.',
  'settings.permission.activeTab':
    'Take a screenshot of the AliExpress tab you opened Buyer Guard on, when you ask for one in the evidence workspace.',
  'settings.permission.sidePanel': 'Open the guide in the browser’s side panel, beside the AliExpress page.',
  'settings.permission.sites':
    'Read AliExpress order, tracking and dispute pages you open (and nothing else), and show deadline badges on them.',
} as const;

export type SettingsMessages = Readonly<Record<keyof typeof settings, string>>;
