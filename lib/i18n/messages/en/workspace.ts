/**
 * The evidence workspace and the evidence pack's summary. The summary (`workspace.summary.*`) may be handed
 * to the platform: it is written in English (these keys through the English catalog) with the buyer's
 * language beside its headings; every other key is what the buyer reads in the workspace.
 */
export const workspace = {
  'workspace.title': 'Evidence workspace',
  'workspace.documentTitle': 'Evidence for order {orderId} — Buyer Guard',
  'workspace.needsOrder': 'This page needs an order: open it from the Buyer Guard popup or an order badge.',
  'workspace.loading': 'Loading order {orderId}…',
  'workspace.notTracked.title': 'Order {orderId} is not tracked',
  'workspace.notTracked.body':
    'Buyer Guard has not stored this order. Open it on AliExpress (My Orders or the order page) so Buyer Guard can read it, then come back here.',
  'workspace.problem.heading': 'The problem',

  // The order at the top.
  'workspace.header.eyebrow': 'Buyer Guard · evidence workspace',
  'workspace.header.order': 'Order',
  'workspace.header.store': 'Store',
  'workspace.header.item': 'Item',
  'workspace.header.moreItems': 'and {count} more',
  'workspace.header.status': 'Status',
  'workspace.header.nextDeadline': 'Next deadline',
  'workspace.header.nextStep': 'Next step:',
  'workspace.notRead': 'Not read yet',

  // Where the evidence goes, and its limits.
  'workspace.target.heading': 'Where will you upload it?',
  'workspace.target.legend': 'Form the evidence is for',
  'workspace.target.dispute': 'AliExpress dispute',
  'workspace.target.complaint': 'AliExpress complaint',
  'workspace.target.paypal': 'PayPal dispute',
  'workspace.target.card-chargeback': 'Card chargeback (your bank)',
  'workspace.limits.line': '{maxFiles, plural, one {Up to # file} other {Up to # files}}, {each} each; {types}.',
  'workspace.limits.lineWithTotal':
    '{maxFiles, plural, one {Up to # file} other {Up to # files}}, {each} each ({total} in all); {types}.',
  'workspace.limits.details': 'Where these limits come from',
  'workspace.limits.where.dispute':
    'AliExpress does not publish the limits of its dispute form, so Buyer Guard uses those of its complaint form (5 files, 5 MB each), which is the safest choice. Send a large video as a ZIP file.',
  'workspace.limits.where.complaint':
    'AliExpress’s complaint form takes at most 5 files of 5 MB each. It does not say which types; JPEG and PNG pictures are always taken.',
  'workspace.limits.where.paypal':
    'PayPal takes JPG, GIF, PNG and PDF files, each under 10 MB and up to 50 MB in all. It sets no number of files; 5 full-size files reach the total.',
  'workspace.limits.where.card-chargeback':
    'Each bank has its own form. 5 files of 5 MB (JPEG, PNG, PDF) fit almost every one; check your bank’s form.',
  'workspace.target.saved':
    '{maxFiles, plural, one {Saved: {count} of # file, {size}} other {Saved: {count} of # files, {size}}}',
  'workspace.target.over': 'More than this form takes: upload the best ones.',
  'workspace.type.anyImage': 'any picture',
  'workspace.type.anyVideo': 'any video',
  'workspace.type.unknown': 'this file type',

  // Sizes: the number is formatted in the buyer's language, the unit is the one upload forms show (1 MB = 1024 × 1024 bytes).
  'workspace.size.bytes': '{count, plural, one {# byte} other {# bytes}}',
  'workspace.size.KB': '{size} KB',
  'workspace.size.MB': '{size} MB',
  'workspace.size.GB': '{size} GB',

  // Adding evidence.
  'workspace.add.heading': 'Add evidence',
  'workspace.files.heading': 'Photos, videos and files',
  'workspace.files.drop': 'Drop them here, or',
  'workspace.files.choose': 'Choose files…',
  'workspace.files.compressHint': 'Larger pictures can be compressed to fit.',
  'workspace.capture.heading': 'Screenshot of AliExpress',
  'workspace.capture.explain': 'Takes a picture of the AliExpress tab you opened this workspace from.',
  'workspace.capture.button': 'Capture the AliExpress tab',
  'workspace.capture.oneClickHint':
    'To capture in one click, open this workspace from the Buyer Guard icon while the AliExpress page is in front.',
  'workspace.capture.busy': 'Capturing the AliExpress tab…',
  'workspace.capture.choosing': 'Choose the AliExpress tab in the browser’s dialog…',
  'workspace.capture.added': 'Screenshot added below: check its caption, link it, then save it.',
  'workspace.capture.stillChoose':
    'You can still choose the tab yourself in the browser’s share dialog; only one picture is taken.',
  'workspace.capture.choose': 'Choose a tab to capture…',
  'workspace.capture.caption': 'Screenshot of the AliExpress page',
  'workspace.capture.captionTitled': 'Screenshot of the AliExpress page “{page}”',
  'workspace.capture.failed': 'The capture failed.',
  'workspace.capture.tab-gone': 'The AliExpress tab is closed, so there is nothing to capture.',
  'workspace.capture.no-access':
    'Buyer Guard may not capture that tab: it has changed page since you clicked the Buyer Guard icon on it, or the icon was clicked on another tab.',
  'workspace.capture.not-marketplace':
    'That tab does not show an AliExpress page any more, so Buyer Guard does not capture it.',
  'workspace.capture.capture-failed': 'The browser refused to capture the tab.',
  'workspace.capture.unsupported': 'This browser cannot share a tab with Buyer Guard.',
  'workspace.capture.cancelled': 'No tab was chosen.',
  'workspace.capture.share-failed': 'The browser could not share the tab.',
  'workspace.capture.no-frame': 'The shared tab sent no picture.',
  'workspace.capture.not-written': 'The picture could not be written.',

  // Kinds of evidence: at the start of a line, and inside a sentence.
  'workspace.kind.photo': 'Photo',
  'workspace.kind.video': 'Video',
  'workspace.kind.screenshot': 'Screenshot',
  'workspace.kind.document': 'Document',
  'workspace.kindInline.photo': 'photo',
  'workspace.kindInline.video': 'video',
  'workspace.kindInline.screenshot': 'screenshot',
  'workspace.kindInline.document': 'document',

  // Files not saved yet.
  'workspace.pending.heading': 'Not saved yet ({count})',
  'workspace.pending.saveAll': 'Save all ({count})',
  'workspace.pending.saveAllBusy': 'Saving…',
  'workspace.pending.saveAllDone': '{saved, plural, one {# file saved.} other {# files saved.}}',
  'workspace.pending.saveAllPartly':
    '{saved, plural, one {# file saved;} other {# files saved;}} {left, plural, one {# file is still waiting: see why on its card.} other {# files are still waiting: see why on their cards.}}',
  'workspace.pending.waiting':
    '{count, plural, one {# file is not ready to save yet (still being checked, or it does not fit the form).} other {# files are not ready to save yet (still being checked, or they do not fit the form).}}',
  'workspace.pending.wasSize': '(was {size})',
  'workspace.pending.compress': 'Compress to fit',
  'workspace.pending.compressing': 'Compressing {name}',
  'workspace.pending.compressingNote': 'Compressing to fit… large photos take a few seconds.',
  'workspace.pending.compressFailed': 'Could not compress it: {reason}',
  'workspace.pending.fits': 'Fits the form: {form}.',
  'workspace.pending.rejected': 'Not accepted: {reason}.',
  'workspace.pending.fixable': '{reason}.',
  'workspace.pending.checkingQuality': 'Checking brightness and focus…',
  'workspace.pending.qualityNotChecked': 'Quality not checked: {reason}',
  'workspace.pending.qualityFinePhoto': 'Quality looks fine: bright enough and in focus.',
  'workspace.pending.qualityFine': 'Quality looks fine: bright enough.',
  'workspace.pending.kindLabel': 'This picture is a',
  'workspace.pending.kindPhoto': 'photo (quality is checked)',
  'workspace.pending.kindScreenshot': 'screenshot (no quality check)',
  'workspace.caption': 'Caption',
  'workspace.pending.captionPlaceholder': 'What does it show? e.g. “Crushed corner of the box, as delivered”',
  'workspace.pending.save': 'Save',
  'workspace.pending.saveAnyway': 'Save anyway',
  'workspace.pending.remove': 'Remove',
  'workspace.pending.discard': 'Discard',
  'workspace.pending.saving': 'Saving {name}',
  'workspace.pending.notSaved': 'Not saved: {reason}',

  // Why a file does not fit the form.
  'workspace.misfit.empty': 'the file is empty',
  'workspace.misfit.type-not-accepted': '{type} is not accepted (the form takes {accepted})',
  'workspace.misfit.too-large': '{size} is over the {limit} limit by {over}',
  'workspace.misfit.too-many-files':
    '{maxFiles, plural, one {the form takes at most # file and it is used} other {the form takes at most # files and they are all used}}',
  'workspace.misfit.total-too-large': 'together with the files before it, it would pass the form’s {total} total',
  'workspace.misfit.fix': '{problems}; compressing it as {type} can make it fit',

  // Compressing a picture.
  'workspace.fit.alreadyFits': 'Already fits: {size}, at most {limit} allowed.',
  'workspace.fit.reencoded': 'Compressed as {type}: {from} → {to}.',
  'workspace.fit.reencodedAtQuality': 'Compressed as {type} at {quality, number, percent} quality: {from} → {to}.',
  'workspace.fit.reencodedResized':
    'Compressed as {type} and reduced from {fromWidth} × {fromHeight} to {width} × {height} pixels: {from} → {to}.',
  'workspace.fit.reencodedAtQualityResized':
    'Compressed as {type} at {quality, number, percent} quality and reduced from {fromWidth} × {fromHeight} to {width} × {height} pixels: {from} → {to}.',
  'workspace.fit.metadataDropped': 'Photo metadata (camera, date, location) is not kept.',
  'workspace.fit.cannotWriteType': 'Cannot write {type}; pictures can be re-encoded as JPEG, WebP or PNG.',
  'workspace.fit.browserCannotWrite': 'This browser cannot write {type}.',
  'workspace.fit.cannotFit':
    'Even at {width} × {height} and the lowest quality the picture is {size}, over the {limit} limit.',
  'workspace.fit.cannotFitAtAll':
    'Even at the smallest useful size and the lowest quality the picture is over the {limit} limit.',
  'workspace.media.not-a-decodable-image': 'This file is not an image the browser can open.',
  'workspace.media.not-playable': 'This file is not a video the browser can play.',
  'workspace.media.timeout': 'The video took too long to read.',

  // Quality warnings: advice, never a block.
  'workspace.quality.label': 'Quality warnings',
  'workspace.quality.too-dark': 'Too dark: the problem may not be visible. Retake it in daylight or with more light.',
  'workspace.quality.overexposed':
    'Overexposed: bright areas are washed out. Avoid direct light or the flash on shiny surfaces.',
  'workspace.quality.blurred': 'Blurred or without detail: tap to focus on the defect and hold the phone still.',
  'workspace.quality.low-resolution': 'Low resolution: details such as labels or scratches may not be readable.',
  'workspace.quality.other': 'A quality warning was recorded for this file.',

  // Previews.
  'workspace.preview.missing': 'File missing',
  'workspace.preview.screenshot': 'Screenshot: {name}',
  'workspace.preview.picture': 'Picture: {name}',
  'workspace.preview.video': 'Video: {name}',
  'workspace.preview.open': 'Open',

  // Saved files.
  'workspace.stored.heading': 'Saved evidence ({count})',
  'workspace.stored.empty': 'Nothing saved yet. Screenshots and files you save appear here.',
  'workspace.stored.facts': '{kind} · {name} · {size} · added {when}',
  'workspace.stored.fingerprint': 'Fingerprint (SHA-256)',
  'workspace.stored.notForForm': 'Not for this form ({form}): {reason}.',
  'workspace.stored.detailsOf': 'Details of {name}',
  'workspace.stored.saveChanges': 'Save changes',
  'workspace.stored.changesSaved': 'Changes saved.',
  'workspace.stored.saveFailed': 'Could not save the changes.',
  'workspace.stored.delete': 'Delete…',
  'workspace.stored.deleteConfirm': 'Delete “{name}” from this order’s evidence? This cannot be undone.',
  'workspace.stored.deleteFile': 'Delete file',
  'workspace.stored.keep': 'Keep it',
  'workspace.stored.deleteFailed': 'Could not delete the file.',

  // The checklist.
  'workspace.checklist.heading': 'Evidence checklist',
  'workspace.checklist.needsProblem': 'Say what went wrong (above): the checklist depends on the problem.',
  'workspace.checklist.progress':
    '{required, plural, one {{covered} of # required item covered} other {{covered} of # required items covered}}',
  'workspace.checklist.covered': '✓ Covered',
  'workspace.checklist.missing': 'Missing',
  'workspace.checklist.optional': 'Optional',
  'workspace.checklist.kindRequired': '({kind}, required)',
  'workspace.checklist.kindOptional': '({kind}, optional)',
  'workspace.checklist.files': '{count, plural, one {File:} other {Files:}} {names}',
  'workspace.checklist.tips': 'Tips for photos and videos',
  'workspace.links.needsProblem': 'Say what went wrong (above) to get a checklist this file can be linked to.',
  'workspace.links.legend': 'It shows',

  // The evidence pack.
  'workspace.pack.heading': 'Evidence pack',
  'workspace.pack.explain':
    'One ZIP for this order: your files, a readable summary (order, deadlines, journal, the texts to send) and a list of each file’s fingerprint (SHA-256), so anyone can check it was not changed. Ready for AliExpress, PayPal or your bank.',
  'workspace.pack.unsaved':
    '{count, plural, one {# file is not saved yet and will not be in the pack.} other {# files are not saved yet and will not be in the pack.}}',
  'workspace.pack.download': 'Download evidence pack',
  'workspace.pack.needsFile': 'Save at least one file first: the pack holds your saved evidence.',
  'workspace.pack.packing': 'Packing…',
  'workspace.pack.done': '{count, plural, one {Saved {name}: # file, {size}.} other {Saved {name}: # files, {size}.}}',
  'workspace.pack.failed': 'The pack could not be built ({detail}).',

  // summary.html of the pack: English (read through the English catalog), the buyer's language beside the headings.
  'workspace.summary.title': 'Evidence pack: {marketplace} order {orderId}',
  'workspace.summary.generated':
    'Generated {when} (times in {timeZone}) by Buyer Guard on the buyer’s device, from the marketplace pages the buyer opened. Deadlines marked “estimated” are computed from the marketplace’s published rules, “page-stated rule” from a rule the page states; the others were stated by the marketplace page.',
  'workspace.summary.footer':
    'Each file’s SHA-256 was recorded when it was added; anyone can check a file is unchanged with {linux} (macOS: {mac}; Windows: {windows}). The same list is in manifest.json.',
  'workspace.summary.order': 'Order',
  'workspace.summary.orderNumber': 'Order number',
  'workspace.summary.marketplace': 'Marketplace',
  'workspace.summary.orderedOn': 'Ordered on',
  'workspace.summary.status': 'Status',
  'workspace.summary.statusWithPage': '{status} (page: "{page}")',
  'workspace.summary.store': 'Store',
  'workspace.summary.total': 'Total',
  'workspace.summary.paid': 'Paid',
  'workspace.summary.shipped': 'Shipped',
  'workspace.summary.delivered': 'Delivered',
  'workspace.summary.confirmed': 'Receipt confirmed',
  'workspace.summary.tracking': 'Tracking number',
  'workspace.summary.dispute': 'Dispute',
  'workspace.summary.refund': 'refund {amount}',
  'workspace.summary.orderPage': 'Order page',
  'workspace.summary.items': 'Items',
  'workspace.summary.item': 'Item',
  'workspace.summary.variant': 'Variant',
  'workspace.summary.quantity': 'Quantity',
  'workspace.summary.unitPrice': 'Unit price',
  'workspace.summary.trackingEvents': 'Tracking events',
  'workspace.summary.time': 'Time',
  'workspace.summary.event': 'Event',
  'workspace.summary.place': 'Place',
  'workspace.summary.deadlines': 'Deadlines',
  'workspace.summary.noDeadlines': 'No deadlines recorded.',
  'workspace.summary.due': 'Due',
  'workspace.summary.what': 'What',
  'workspace.summary.source': 'Source',
  'workspace.summary.atGeneration': 'At generation',
  'workspace.summary.journal': 'Journal',
  'workspace.summary.noJournal': 'No journal entries.',
  'workspace.summary.notes': 'Notes',
  'workspace.summary.texts': 'Messages and descriptions',
  'workspace.summary.files': 'Files',
  'workspace.summary.noFiles': 'No files.',
  'workspace.summary.file': 'File',
  'workspace.summary.added': 'Added',
  'workspace.summary.caption': 'Caption',
  'workspace.summary.size': 'Size',
  'workspace.summary.addedAs': 'added as',
  'workspace.summary.warnings': 'warnings:',
  'workspace.summary.shows': 'shows:',
  'workspace.summary.hashDiffers': 'Differs from the hash recorded when the file was added ({sha256}).',
  'workspace.summary.keptAsText': 'kept as text: a file of this type can run code when opened',
  'workspace.summary.outcome': 'outcome: {outcome}',
  'workspace.summary.withPaypal': 'with PayPal',
  'workspace.summary.withCardIssuer': 'with the card issuer',
} as const;

export type WorkspaceMessages = Readonly<Record<keyof typeof workspace, string>>;
