/**
 * What the rules layer tells the buyer, in the buyer's language: the advisor's steps and reasons (one
 * key per branch, lib/rules/advisor/), the routes still open, the warnings before irreversible steps,
 * the refund to ask and why, the problems and the dispute form's reasons, the evidence checklist and
 * the complaint categories. Sentences are whole (a branch joins them with a space), so each language
 * orders its own words. Dates and money arrive formatted in the buyer's locale.
 */
export const advice = {
  // How a date in a sentence says where it comes from ("Dec 3 (as the order page states)").
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'as the order page states',
  'advice.source.page-rule': 'by the rule the order page states',
  'advice.source.estimate': 'estimated',
  'advice.refund.any': 'a refund',
  'advice.refund.full': 'a full refund',
  'advice.refund.fullOf': 'a full refund of {amount}',
  'advice.refund.partial': 'a partial refund',
  'advice.refund.partialOf': 'a partial refund of {amount}',
  'advice.refundRange': '{min}–{max} working days',
  'advice.listSeparator': '; ',

  // Not about the goods (advisor/not-an-order-problem.ts)
  'advice.account-question.title': 'Ask customer service',
  'advice.account-question.why':
    'Account and general questions go to customer service (the AI assistant, sometimes a live agent); it is weak for order problems, which go through a dispute.',
  'advice.report-misconduct.title': 'Report the seller',
  'advice.report-misconduct.why':
    'Seller misconduct is reported through the Complaint Center (or "Report item" on the product page), category "{category}".',
  'advice.report-misconduct.offPlatform':
    'Never pay outside the platform: payments made outside the platform are not covered by buyer protection.',
  'advice.report-misconduct.follow':
    'Keep screenshots of every message; reports are followed under "My reports", with no fixed review time.',
  'advice.report-misconduct.followFixed': 'Keep screenshots of every message; reports are followed under "My reports".',
  'advice.refund-in-transit.title': 'Wait for the refund to arrive',
  'advice.refund-in-transit.why':
    'A refund takes {range} to reach the account it was paid from; counted from the refund, that is until {date}. Banks can add a few days.',
  'advice.refund-overdue.title': 'Ask customer service where the refund is',
  'advice.refund-overdue.why':
    'A refund normally arrives within {range}. Ask customer service for the refund reference, then check with your bank.',
  'advice.refund-overdue.whyBy':
    'A refund normally arrives within {range} (here by {date}). Ask customer service for the refund reference, then check with your bank.',
  'advice.payment-problem.title': 'Contact customer service about the payment',
  'advice.payment-problem.why':
    'Payment errors and money not credited are handled by customer service, not by a dispute with the seller. Keep the bank statement line or receipt ready.',

  // In a dispute (advisor/in-dispute.ts)
  'advice.return-window-missed.title': 'Ask customer service about the return now',
  'advice.return-window-missed.why':
    'The agreed return had to be shipped by {date}; after that the seller is normally paid. If you shipped it, add the tracking number to the dispute at once; if not, ask customer service whether the return can still be accepted.',
  'advice.ship-return.title': 'Ship the return and add its tracking number',
  'advice.ship-return.why':
    'After a return is agreed it must be shipped within {days} days, or the seller is paid. Use a tracked service, keep the receipt and enter the tracking number in the dispute.',
  'advice.ship-return.whyBy':
    'After a return is agreed it must be shipped within {days} days, here by {date}, or the seller is paid. Use a tracked service, keep the receipt and enter the tracking number in the dispute.',
  'advice.escalated-add-evidence.title': 'Add the missing evidence to the dispute',
  'advice.escalated-add-evidence.why':
    'The platform decides on the evidence in the case, and it can be added until the case closes. Still missing: {missing}.',
  'advice.escalated-wait.title': 'Wait for the platform’s decision',
  'advice.escalated-wait.why':
    'After escalation the platform intervenes within about {days} days. Answer its questions quickly; evidence can still be added until the case closes.',
  'advice.escalated-wait.whyAround':
    'After escalation the platform intervenes within about {days} days (here around {date}). Answer its questions quickly; evidence can still be added until the case closes.',
  'advice.offer-resend.title': 'Reject the proposal and ask for your refund',
  'advice.offer-resend.proposes':
    '{from, select, platform {The platform} other {The seller}} proposes {what, select, resend {to send the item again} other {something other than a refund}}.',
  'advice.offer-resend.why':
    'Accepting a proposal such as "I will resend" closes the dispute for good: if the new parcel never arrives there is no dispute left. Reject it and keep asking for {refund}; without agreement the platform steps in.',
  'advice.offer-full-refund.title': 'Accept the full refund',
  'advice.offer-full-refund.why':
    '{from, select, platform {The platform} other {The seller}} offers a full refund, the most a dispute can give. Accepting closes the dispute; check that the amount is the full price paid.',
  'advice.offer-return-seller-pays.title': 'Accept the return for a full refund',
  'advice.offer-return-seller-pays.why':
    'Returning the item with the seller paying the postage gets the full price back. Once agreed, the return must be shipped within {days} days.',
  'advice.offer-return-buyer-pays.title': 'Counter: ask the seller to pay the return, or a refund without return',
  'advice.offer-return-buyer-pays.why':
    'A return can cost up to about {postage} in postage, which may eat the refund. Counter with {refund} while keeping the item, or a return with postage paid by the seller.',
  'advice.offer-partial-unclear.title': 'Counter with the refund you can justify',
  'advice.offer-partial-unclear.why':
    'The offer cannot be compared with what the problem justifies. Counter with a concrete amount and its reason; accepting would close the dispute.',
  'advice.offer-partial-unclear.whyRefund':
    'The offer cannot be compared with what the problem justifies ({refund}). Counter with a concrete amount and its reason; accepting would close the dispute.',
  'advice.offer-fair.title': 'Accept the {amount} refund',
  'advice.offer-fair.why':
    'The offer is at least what the problem justifies ({refund}): {rationale} Accepting closes the dispute.',
  'advice.offer-low.title': 'Counter with {amount}',
  'advice.offer-low.why':
    '{offered} is below what the problem justifies ({refund}) but close: counter once with your amount and its reason. Without agreement the platform steps in.',
  'advice.offer-unreasonable.title': 'Reject the offer',
  'advice.offer-unreasonable.why':
    '{offered} is less than half of what the problem justifies ({refund}). An unreasonable counter-offer is a reason to escalate: reject it and let the platform decide.',
  'advice.accepted-wait-refund.title': 'Wait for the refund',
  'advice.accepted-wait-refund.why':
    'The seller accepted; a refund arrives within {range}. If it has not come by then, ask customer service for the refund reference.',
  'advice.accepted-wait-refund.whyBy':
    'The seller accepted; a refund arrives within {range} (here by {date}). If it has not come by then, ask customer service for the refund reference.',
  'advice.page-dispute-untracked.title': 'Follow the open dispute',
  'advice.page-dispute-untracked.inProgress': 'A dispute is in progress.',
  'advice.page-dispute-untracked.inProgressShown': 'A dispute is in progress (“{status}”).',
  'advice.page-dispute-untracked.countdown': 'The page’s countdown runs until {date}.',
  'advice.page-dispute-untracked.noDates':
    'Its dates are not on this page: the seller normally has {days} days to respond, counted from when the dispute was opened.',
  'advice.page-dispute-untracked.record':
    'Check the dispute page for the seller’s answer, and record when it was opened in the journal (the date can be in the past) so Buyer Guard can time the next steps and remind you.',
  'advice.opened-add-evidence.title': 'Add the missing evidence now',
  'advice.opened-add-evidence.why':
    'Evidence is required when the item was received, and it can be added until the case closes. Add it now: {missing}.',
  'advice.opened-add-evidence.whyBy':
    'Evidence is required when the item was received, and it can be added until the case closes. The seller has until {date} to respond; add before then: {missing}.',
  'advice.opened-wait-seller.title': 'Wait for the seller’s response',
  'advice.opened-wait-seller.why':
    'The seller has {days} days to respond to the dispute, until {date}; if it does not, the refund you proposed is executed automatically.',
  'advice.seller-silent-auto-refund.title': 'Wait for the automatic refund',
  'advice.seller-silent-auto-refund.why':
    'The seller did not respond by {date}, so the refund you proposed should be executed automatically and arrive within {max} working days. If the dispute page shows otherwise, escalate.',
  'advice.seller-silent-auto-refund.whyBy':
    'The seller did not respond by {date}, so the refund you proposed should be executed automatically and arrive within {max} working days (by {expected}). If the dispute page shows otherwise, escalate.',
  'advice.negotiation-in-transit.title': 'Wait until the promised delivery time has passed',
  'advice.negotiation-in-transit.why':
    'A "not received" dispute is not escalated while the parcel is in transit within the promised time, here until {date}.',
  'advice.negotiation-add-evidence.title': 'Add the missing evidence before the platform steps in',
  'advice.negotiation-add-evidence.why':
    'Without agreement the platform decides on the evidence in the case; still missing: {missing}. Evidence can be added until the case closes.',
  'advice.trigger.seller-rejected': 'The seller rejected the dispute.',
  'advice.trigger.no-agreement': 'The negotiation has not reached an agreement.',
  'advice.escalate-now.title': 'Escalate the dispute to the platform',
  'advice.escalate-now.pageOffers': 'The dispute page offers escalation.',
  'advice.escalate-now.pageOffersAuto':
    'The dispute page offers escalation; without agreement it happens automatically around {auto}.',
  'advice.escalate-now.since': 'Escalation is possible {days} days after opening (since {date}).',
  'advice.escalate-now.sinceAuto':
    'Escalation is possible {days} days after opening (since {date}); without agreement it happens automatically around {auto}.',
  'advice.escalate-now.sooner': 'Escalating now puts the case before the platform sooner.',
  'advice.wait-for-escalation.title': 'Keep negotiating until escalation is possible',
  'advice.wait-for-escalation.expected': 'The escalate option is expected from {date}.',
  'advice.wait-for-escalation.expectedAuto':
    'The escalate option is expected from {date}; without agreement it happens automatically around {auto}.',
  'advice.wait-for-escalation.pageShows': 'The dispute page shows when the escalate option comes.',
  'advice.wait-for-escalation.pageShowsAuto':
    'The dispute page shows when the escalate option comes; without agreement it happens automatically around {auto}.',
  'advice.decided-wait-refund.title': 'Wait for the refund',
  'advice.decided-wait-refund.why':
    'The platform decided {outcome, select, partial {a partial refund} other {in your favour}}; a refund arrives within {range}.',
  'advice.decided-wait-refund.whyBy':
    'The platform decided {outcome, select, partial {a partial refund} other {in your favour}}; a refund arrives within {range}, here by {date}.',
  'advice.decided-refund-overdue.why':
    'The platform decided a refund; it should have arrived within {max} working days (by {expected}). Ask customer service for the refund reference, then check with your bank.',
  'advice.decided-refund-overdue.whyOn':
    'The platform decided a refund on {decided}; it should have arrived within {max} working days (by {expected}). Ask customer service for the refund reference, then check with your bank.',
  'advice.decision-appeal.title': 'Appeal the decision',
  'advice.decision-appeal.why':
    'The dispute page offers an appeal of the platform’s ruling. Appeal with the evidence the ruling did not take into account; older sources call the decision final, so use it while it is offered.',
  'advice.resolved-feedback.title': 'Leave feedback on the seller',
  'advice.resolved-feedback.why':
    'The problem is settled and the refund has arrived. Feedback tells other buyers how the seller handled it.',
  'advice.accepted-closed.title': 'Wait for what the seller agreed to',
  'advice.accepted-closed.why':
    'You accepted the seller’s proposal, which closed the dispute for good: a new dispute about the same problem is not possible. If the seller does not keep the agreement, report the seller; your payment provider may still help.',
  'advice.reopen-dispute.title': 'Open a new dispute',
  'advice.reopen-dispute.whyCancelled':
    'The dispute was cancelled while protection ran, so the cancel day counts as the order’s completion: a new dispute can be opened until {date} ({days} days). The problem is not solved, so open it before then.',
  'advice.reopen-dispute.why':
    'The problem is not solved and the same product may be disputed again; the last day to open a dispute is {date}.',
  'advice.dispute-status-unknown.title': 'Open the dispute page',
  'advice.dispute-status-unknown.why':
    'Buyer Guard cannot tell how this case stands. Open the order and dispute pages so they can be read; the page’s own values always win over estimates.',

  // The payment provider (advisor/payment-provider.ts)
  'advice.provider-dispute-lapsed.title': 'Check the PayPal dispute: it may have closed',
  'advice.provider-dispute-lapsed.why':
    'A PayPal dispute must be escalated to a claim within {days} days; here that was {date}. If it closed, ask PayPal whether it can be reopened, and record the claim in the journal if you escalated it.',
  'advice.provider-escalate-claim.title': 'Escalate the PayPal dispute to a claim if the seller does not refund',
  'advice.provider-escalate-claim.why':
    'A PayPal dispute closes unless it is escalated to a claim within {days} days of opening, here by {date}. If the seller has not refunded by then, escalate it in the PayPal Resolution Center; PayPal then decides.',
  'advice.provider-decides.title.paypal': 'Wait for PayPal’s decision',
  'advice.provider-decides.title.card': 'Wait for your bank’s decision',
  'advice.provider-decides.why.paypal':
    'The PayPal claim is decided by PayPal under its own rules and deadlines. Answer its questions quickly; the evidence pack and the dispute history are what it asks for.',
  'advice.provider-decides.why.card':
    'The chargeback is decided by your bank under its own rules and deadlines. Answer its questions quickly; the evidence pack and the dispute history are what it asks for.',
  'advice.chargeback.title.paypal': 'Ask PayPal for a refund (PayPal dispute)',
  'advice.chargeback.title.card': 'Ask your bank for a chargeback',
  'advice.chargeback.why':
    'Your payment provider is the route left: its window closes {date} ({days} days after the payment).',
  'advice.lost-chargeback.reason': 'The platform ruled for the seller, so the platform route is exhausted.',
  'advice.window-closed-chargeback.reason':
    'The last day to open a dispute was {date}, so the platform route is closed.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'The last day to open a dispute was {date} ({days} days after protection ended), so the platform route is closed.',
  'advice.lost-feedback.title': 'Leave honest feedback on the seller',
  'advice.lost-feedback.why':
    'The platform ruled for the seller and no payment-provider window is known to be open. Honest feedback warns other buyers; a complaint against the seller is also possible.',
  'advice.window-closed-feedback.title': 'Leave honest feedback on the seller',
  'advice.window-closed-feedback.why':
    'The last day to open a dispute was {date}, and no payment-provider window is known to be open. Feedback warns other buyers.',
  'advice.window-closed-feedback.whyComplaint':
    'The last day to open a dispute was {date}, and no payment-provider window is known to be open. Feedback warns other buyers; a complaint is also possible.',

  // Before a dispute (advisor/before-dispute.ts)
  'advice.awaiting-payment.title': 'Nothing to do until the order is paid',
  'advice.awaiting-payment.why': 'Buyer protection starts with a paid and shipped order.',
  'advice.order-closed.title': 'Nothing to do',
  'advice.order-closed.why': 'The order is closed. If money was taken and not returned, report it as a refund problem.',
  'advice.awaiting-shipment.title': 'Wait for the seller to ship',
  'advice.awaiting-shipment.why': 'Disputes open only after shipping (from day {day}).',
  'advice.awaiting-shipment.shipBy': 'The seller must ship by {date}.',
  'advice.awaiting-shipment.ask': 'Ask the seller if it takes longer than promised.',
  'advice.estimatedProtectionEnd':
    'This end is only the latest possible ({days} days after shipping): open the order page so Buyer Guard can read the real countdown.',
  'advice.in-transit-wait.title': 'Wait for the parcel',
  'advice.in-transit-wait.onItsWay': 'The order is on its way.',
  'advice.in-transit-wait.protection':
    'Buyer protection runs until {date}; if the parcel has not arrived {days} days before that, ask the seller to extend protection.',
  'advice.in-transit-wait.tellUs': 'If it does not arrive, tell Buyer Guard what went wrong.',
  'advice.tracking-silent.title': 'Ask the seller where the parcel is',
  'advice.tracking-silent.why':
    '{days, plural, one {Tracking has not moved for # day} other {Tracking has not moved for # days}} (last update {date}). Ask the seller from the order page to check with the carrier, and keep the chat as evidence.',
  'advice.tracking-silent.prepareNow': 'If the parcel does not move, open a "{reason}" dispute: it is possible now.',
  'advice.tracking-silent.prepareFrom':
    'If the parcel does not move, open a "{reason}" dispute: it is possible from {date}.',
  'advice.delivered-inspect.title': 'Check the item before protection ends',
  'advice.delivered-inspect.titleEnded': 'Check the item',
  'advice.delivered-inspect.why':
    'Tracking says delivered. Inspect the item now: protection ends {date} and the order then completes automatically. Confirm receipt only when everything is right.',
  'advice.delivered-inspect.whyEnded':
    'Tracking says delivered. Inspect the item now: protection may already have ended. Confirm receipt only when everything is right.',
  'advice.completed-feedback.title': 'Leave feedback',
  'advice.completed-feedback.complete': 'The order is complete.',
  'advice.completed-feedback.tellUs':
    'If a problem shows up, tell Buyer Guard: it knows how long a dispute stays possible.',
  'advice.completed-feedback.stillPossible': 'If a problem shows up, a dispute is still possible until {date}.',
  'advice.completed-feedback.wasLast': 'The last day to open a dispute was {date}.',
  'advice.status-unknown.title': 'Open the order page',
  'advice.status-unknown.why':
    'Buyer Guard has not read this order’s status yet. Open its page on AliExpress so the countdowns can be read; the page’s own values always win over estimates.',
  'advice.extension-not-granted.title': 'Open a "{reason}" dispute now',
  'advice.extension-not-granted.why':
    'You asked for an extension {hours} hours or more ago and it was not granted; protection ends {date}. Open the dispute before then.',
  'advice.extension.fallbackDispute':
    'If it is not granted within {hours} hours, open a "{reason}" dispute before protection ends; prepare it now.',
  'advice.extension.fallbackLater':
    'If it is not granted, open a "{reason}" dispute as soon as the order page allows it.',
  'advice.extend-protection-late.title': 'Ask for an extension now, and prepare the dispute',
  'advice.extend-protection-late.why':
    'Protection ends {date} and the parcel has not arrived. The usual time to ask is {earliest}–{latest} days before the end, so it is late: ask the seller for an extension from the order page now (sellers take up to {hours} hours).',
  'advice.extend-protection.title': 'Ask the seller to extend buyer protection',
  'advice.extend-protection.why':
    'The parcel has not arrived and protection ends {date}. Now is the time to ask ({earliest}–{latest} days before the end): request an extension from the order page; only the seller can approve it, usually within {hours} hours.',
  'advice.protection-ending-open-dispute.title': 'Open a "{reason}" dispute before protection ends',
  'advice.protection-ending-open-dispute.why':
    'Protection ends {date}: too close to wait for an extension (sellers take up to {hours} hours). When it ends the order completes and the money goes to the seller.',
  'advice.protection-before-opening.title': 'Ask the seller to extend protection',
  'advice.protection-before-opening.why':
    'Protection ends {date}, before a dispute can be opened (from {opens}). Ask the seller from the order page to extend protection now, and keep the chat as evidence.',
  'advice.before-dispute-contact-seller.title': 'Contact the seller',
  'advice.before-dispute-contact-seller.why':
    'A dispute can be opened from {opens}. Until then, write to the seller from the order page: sellers usually answer within {range} business days, and the chat is evidence later.',
  'advice.wait-dispute-opens.title': 'Wait until a dispute can be opened',
  'advice.wait-dispute-opens.why': 'You have contacted the seller. "Open dispute" becomes available {date}.',
  'advice.not-received-in-transit.title': 'Wait until the promised delivery time has passed',
  'advice.not-received-in-transit.why':
    'Tracking shows normal progress and the promised delivery time runs until {date}; a "not received" dispute is only possible after that.',
  'advice.dispute.protectionEnds':
    'Buyer protection ends {date}; then the order completes and the money goes to the seller.',
  'advice.dispute.lastDay': 'The last day to open a dispute is {date}.',
  'advice.open-dispute-urgent.title': 'Open a dispute now: "{reason}"',
  'advice.open-dispute-urgent.short': 'Time is short:',
  'advice.open-dispute-urgent.then':
    'Open the dispute first and ask for {refund}; evidence can be added until the case closes.',
  'advice.contact-seller-first.title': 'Contact the seller first',
  'advice.contact-seller-first.why':
    'For a minor problem the seller is the quickest route: sellers usually answer within {range} business days. Ask for {refund}; if there is no fair answer, open a dispute.',
  'advice.wait-seller-reply.title': 'Give the seller time to answer',
  'advice.wait-seller-reply.why':
    'Sellers usually answer within {days} business days, here by {date}. Without a fair answer, open a dispute.',
  'advice.collect-evidence.title': 'Collect the evidence, then open the dispute',
  'advice.collect-evidence.why':
    'Evidence is required when the item was received, and disputes are lost on missing or unclear proof. Still missing: {missing}.',
  'advice.open-dispute.title': 'Open a dispute: "{reason}"',
  'advice.open-dispute.why':
    'The dispute route is open. Choose "{reason}", put the main problem first, attach the evidence and ask for {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {Tracking has not moved for # day.} other {Tracking has not moved for # days.}}',

  // The routes still open (advisor/finish.ts)
  'advice.option.open-dispute.title': 'Open a dispute',
  'advice.option.open-dispute.until': 'Possible until {date}.',
  'advice.option.open-dispute.now': 'Possible now.',
  'advice.option.contact-seller.title': 'Contact the seller',
  'advice.option.contact-seller.why': 'Sellers usually answer within {range} business days.',
  'advice.option.escalate.title': 'Escalate to the platform',
  'advice.option.escalate.why': 'No agreement with the seller.',
  'advice.option.counter-offer.title': 'Counter the proposal',
  'advice.option.counter-offer.why': 'Propose {refund} with its reason.',
  'advice.option.accept-offer.title': 'Accept the proposal',
  'advice.option.accept-offer.why': 'Closes the dispute for good.',
  'advice.option.escalate-claim.title': 'Escalate the PayPal dispute to a claim',
  'advice.option.escalate-claim.why': 'PayPal closes the dispute unless it is escalated by {date}.',
  'advice.option.add-evidence.title': 'Collect evidence',
  'advice.option.add-evidence.why': 'Photos, videos and screenshots per the checklist.',
  'advice.option.report-seller.title': 'Report the seller',
  'advice.option.report-seller.why': 'Complaint Center: "{category}".',
  'advice.option.chargeback.title.paypal': 'Chargeback with PayPal',
  'advice.option.chargeback.title.card': 'Chargeback with your bank',
  'advice.option.chargeback.why': 'Possible until {date}; use it only when the platform route has failed.',
  'advice.option.leave-feedback.title': 'Leave feedback',
  'advice.option.leave-feedback.why': 'Tells other buyers how the seller behaved.',

  // Warnings before steps that cannot be taken back (lib/rules/warnings.ts)
  'warning.accept-offer.closes.title': 'Accepting closes the dispute for good',
  'warning.accept-offer.closes.text':
    'Accepting the seller’s proposal (for example "I will resend") closes this dispute and it cannot be reopened: if the new parcel never comes or has the same problem, you may have no dispute left. This is the most common way buyers lose their refund. Accept only if you are sure.',
  'warning.accept-offer.settles.title': 'Accepting closes the dispute',
  'warning.accept-offer.settles.refund':
    'Accepting settles the dispute for {refund}. You cannot ask for more afterwards, so check the amount first.',
  'warning.accept-offer.settles.return':
    'Accepting settles the dispute for a refund after you return the item (the return postage may be yours to pay, and the return must be shipped within {days} days). You cannot ask for more afterwards, so check the amount first.',
  'warning.accept-offer.settles.returnOf':
    'Accepting settles the dispute for a refund of {amount} after you return the item (the return postage may be yours to pay, and the return must be shipped within {days} days). You cannot ask for more afterwards, so check the amount first.',
  'warning.cancel-dispute.final.title': 'Cancelling now releases the money to the seller',
  'warning.cancel-dispute.final.unknown':
    'Buyer protection has ended (or its end is unknown): if you cancel this dispute the money goes to the seller and you cannot open a new one.',
  'warning.cancel-dispute.final.ended':
    'Buyer protection has ended ({date}): if you cancel this dispute the money goes to the seller and you cannot open a new one.',
  'warning.cancel-dispute.restart.title': 'Cancelling ends protection today',
  'warning.cancel-dispute.restart.text':
    'If you cancel, today becomes the order’s completion date: protection ends and a new dispute can only be opened until the end of {date} ({days} days).',
  'warning.confirm-receipt.notArrived.title': 'Do not confirm an order that has not arrived',
  'warning.confirm-receipt.notArrived.text':
    'Confirming receipt ends buyer protection. A seller who asks you to confirm before the item arrives breaks the rules: you can report it.',
  'warning.confirm-receipt.openProblem.title': 'You have an open problem with this order',
  'warning.confirm-receipt.openProblem.text':
    'Confirming receipt ends buyer protection; only {days} days remain to open a dispute. Settle the problem first.',
  'warning.confirm-receipt.check.title': 'Confirming ends buyer protection',
  'warning.confirm-receipt.check.text':
    'Check the item fully first. After confirming you have {days} days left to open a dispute.',
  'warning.let-window-lapse.title': 'After the window closes, no dispute is possible',
  'warning.let-window-lapse.unknown':
    'The last chance to open a dispute ends {days} days after protection ends or after you confirm receipt. After that the platform route is closed for this order.',
  'warning.let-window-lapse.on':
    'The last chance to open a dispute ends on {date}. After that the platform route is closed for this order.',
  'warning.let-window-lapse.passed':
    'The last chance to open a dispute ends on {date} (already passed). After that the platform route is closed for this order.',
  'warning.skip-return-shipping.title': 'Ship the return in time',
  'warning.skip-return-shipping.text':
    'An agreed return must be shipped within {days} days, otherwise the seller is paid and the refund is lost.',
  'warning.skip-return-shipping.textBy':
    'An agreed return must be shipped within {days} days (by {date}), otherwise the seller is paid and the refund is lost.',
  'warning.file-chargeback.platformFirst.title': 'Finish the platform route first',
  'warning.file-chargeback.platformFirst.text':
    'A chargeback filed while the marketplace’s own dispute route is still open can forfeit the platform’s protection (on some marketplaces it makes the claim ineligible). Use the dispute first; keep the chargeback for when it fails.',
  'warning.file-chargeback.provider.title': 'The bank or PayPal decides from here',
  'warning.file-chargeback.provider.text':
    'A chargeback is decided by your bank or PayPal under their own rules and deadlines. Keep the evidence pack and the dispute history ready for their questions.',

  // The refund to ask (lib/rules/refund.ts)
  'refund.missingShare': '{missing} of {quantity} units are missing, so the refund asked is their share of the price.',
  'refund.missingShareOf':
    '{missing} of {quantity} units are missing, so the refund asked is their share of the price ({amount}).',
  'refund.full':
    '{why, select, not_received {The order never arrived} all_missing {Nothing of the order arrived} other {The item cannot be used for its purpose}}, so a full refund is the fair request.',
  'refund.fullOf':
    '{why, select, not_received {The order never arrived} all_missing {Nothing of the order arrived} other {The item cannot be used for its purpose}}, so a full refund ({amount}) is the fair request.',
  'refund.share': '{percent}% of the price',
  'refund.shareOf': '{percent}% of the price ({amount})',
  'refund.partialMinor':
    'The item can still be used despite the problem, and the platform realistically grants partial compensation for a minor defect; {share} is a reasonable proposal while keeping the item.',
  'refund.partialAssumed':
    'For a defect that leaves the item usable the platform realistically grants partial compensation; {share} is a reasonable proposal while keeping the item. If the item cannot be used for its purpose, a full refund is the fair request instead.',

  // "Why this date": the rules behind estimated deadlines, in the buyer's words (lib/rules/rule-explanations.ts).
  'rule.source': 'Source: {source}.',
  'rule.era.current': 'AliExpress’s current rules',
  'rule.era.legacy': 'AliExpress’s older help pages (c. 2012–16)',
  'rule.era.seller-side': 'AliExpress’s rules for sellers',
  'rule.era.one-guide': 'one buyer guide (c. 2020–22), not confirmed elsewhere',
  'rule.era.payment-provider': 'the payment provider’s rules',
  'rule.buyer-protection-max-days':
    'Buyer protection is set per order by the seller and shown as a countdown on the order page; it ends at most {days} days after shipping.',
  'rule.note.buyer-protection-max-days':
    'This is the latest possible end, not this order’s: open the order page so Buyer Guard can read the real countdown.',
  'rule.protection-after-delivery-days':
    'Once tracking says delivered, the order page shows how much protection is left; without it Buyer Guard assumes it may be cut to {days} days after delivery.',
  'rule.note.protection-after-delivery-days': 'Early is safe; late would lose the refund.',
  'rule.confirm-receipt-ends-protection':
    'Confirming receipt ends buyer protection; only the window to open a dispute is left.',
  'rule.cancelled-dispute-restarts-window':
    'A dispute cancelled while protection runs makes the cancel day the order’s completion: a new dispute can be opened until the end of the {days, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} day after it.',
  'rule.cancel-after-protection-is-final':
    'Cancelling a dispute after protection ended releases the money to the seller; no new dispute is possible.',
  'rule.dispute-opens-after-shipping-days':
    '"Open dispute" becomes available from the {days, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} day after the seller ships.',
  'rule.note.dispute-opens-after-shipping-days':
    'Sellers are told 10 days; Buyer Guard takes the later day, so it never sends you to a button that is not there yet.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'When the promised delivery time is under {days} days, a dispute can be opened as soon as the order ships.',
  'rule.dispute-window-days':
    'The last day to open a dispute is {days} days after buyer protection ends or after "Confirm received", whichever came first.',
  'rule.seller-dispute-response-days':
    'The seller has {days} days to respond to a dispute; otherwise the refund you proposed is executed automatically.',
  'rule.escalation-possible-after-days': 'You can escalate a dispute to the platform {days} days after opening it.',
  'rule.note.escalation-possible-after-days': 'The dispute page’s own button always decides.',
  'rule.escalation-auto-after-days':
    'Without agreement the dispute goes to the platform automatically after about {days} days of negotiation.',
  'rule.return-ship-within-days':
    'After agreeing to a return you must ship it within {days} days, or the seller is paid.',
  'rule.paypal-dispute-window-days': 'A PayPal dispute must be opened within {days} days of the payment.',
  'rule.card-chargeback-window-days': 'A card chargeback is usually possible within {days} days of the payment.',
  'rule.note.card-chargeback-window-days': 'Banks differ: check with yours.',
  'rule.paypal-escalate-to-claim-days':
    'A PayPal dispute must be escalated to a claim within {days} days of opening it, or it closes.',
  'rule.alternative': 'The catalog rule would give {date} ({rule}); the page’s own rule wins for this order.',
  'rule.alternativeBare': 'The catalog rule would give {date}; the page’s own rule wins for this order.',

  // Problems, in the buyer's words (lib/rules/problem-labels.ts)
  'problem.not-received': 'Not received (late, or “delivered” but nothing came)',
  'problem.damaged': 'Arrived damaged',
  'problem.wrong-item': 'Wrong item',
  'problem.missing-items': 'Some items missing',
  'problem.quality-problem': 'Poor quality',
  'problem.does-not-work': 'Does not work / defective',
  'problem.not-as-described': 'Not as described',
  'problem.counterfeit': 'Counterfeit / fake',
  'problem.size-colour-mismatch': 'Wrong size, colour or style',
  'problem.empty-package': 'Empty or incomplete package',
  'problem.different-shipping-method': 'Sent with a worse shipping method',
  'problem.payment-error': 'Payment failed or charged wrongly',
  'problem.money-not-credited': 'Paid, but the order shows unpaid',
  'problem.refund-not-received': 'Refund not received',
  'problem.order-cancelled': 'Cancelled, no refund',
  'problem.pay-outside-platform': 'Seller asks to pay outside AliExpress',
  'problem.confirm-before-arrival': 'Seller asks to confirm receipt early',
  'problem.threats-or-rudeness': 'Seller threatens or is rude',
  'problem.spam': 'Seller sends spam',
  'problem.phishing': 'Seller sent a phishing link',
  'problem.inflated-price': 'Inflated price',
  'problem.changed-quantity': 'Seller changed the quantity',
  'problem.changed-shipping-cost': 'Shipping cost differs from the listing',
  'problem.fake-tracking': 'Fake tracking number',
  'problem.account-question': 'A question about my account',
  'problem.group.order': 'Problem with the order',
  'problem.group.payment': 'Payment or refund',
  'problem.group.misconduct': 'Seller misconduct',
  'problem.group.account': 'Account',
  // The "What's wrong?" choices that start the guide (lib/rules/problem-choices.ts).
  'problem.choice.not-received': 'Not arrived',
  'problem.choice.damaged': 'Arrived damaged',
  'problem.choice.not-as-described': 'Not as described',
  'problem.choice.missing-items': 'Items missing',
  'problem.choice.offer': 'The seller made an offer',
  'problem.choice.other': 'Something else',

  // The dispute form's reasons, as the form names them in this language (lib/rules/dispute-reasons.ts).
  'formReason.not-received': 'Not received',
  'formReason.damaged': 'Damaged goods',
  'formReason.not-as-described': 'Not as described',
  'formReason.quality-problem': 'Quality problem',
  'formReason.missing-items': 'Quantity problem',
  'formReason.wrong-item': 'Wrong item',
  'formReason.does-not-work': 'Does not work properly',
  'formReason.counterfeit': 'Counterfeit',
  'formReason.size-colour-mismatch': 'Size/colour/style not as ordered',
  'formReason.empty-package': 'Incomplete or empty package',
  'formReason.different-shipping-method': 'Different shipping method used',

  // The evidence checklist (lib/rules/evidence-requirements.ts): what to capture and how.
  'evidence.tip.light': 'Use daylight or bright light; a dark photo or video does not show the problem.',
  'evidence.tip.focus': 'Hold still and focus on the problem; retake anything blurred.',
  'evidence.tip.short': 'Keep each video short and to the point; zip large videos before uploading.',
  'evidence.tip.originals': 'Keep the original files: Buyer Guard records a fingerprint (SHA-256) of each one.',
  'evidence.order-page-screenshot.what': 'Screenshot of the order details page',
  'evidence.order-page-screenshot.how':
    'Order number, item, chosen variant, price, order date and status visible in one screenshot.',
  'evidence.listing-screenshot.what': 'Screenshot of the product page as you ordered it',
  'evidence.listing-screenshot.how':
    'The title, photos, description or specification you relied on, and the variant you chose.',
  'evidence.listing-screenshot.how.inflated-price':
    'The listed price (and any crossed-out "original" price) with the date visible.',
  'evidence.listing-screenshot.how.changed-shipping-cost':
    'The shipping cost shown on the product page for your country.',
  'evidence.seller-chat-screenshot.what': 'Screenshots of your messages with the seller',
  'evidence.seller-chat-screenshot.how': 'Dates, the store name and what was said visible; keep every screenshot.',
  'evidence.label-weight-photo.what': 'Photo of the shipping label with the declared weight, and the parcel on a scale',
  'evidence.label-weight-photo.how':
    'Label readable (tracking number and weight); the scale display and the parcel in the same picture.',
  'evidence.unboxing-video.what': 'Video of opening the parcel',
  'evidence.unboxing-video.how': 'One continuous take from the sealed parcel (label visible) to the contents.',
  'evidence.tracking-screenshot.what': 'Screenshot of the tracking history',
  'evidence.tracking-screenshot.how':
    'The whole event list with dates: no delivery, a stalled or odd history, or "delivered" somewhere else.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Shows the number is unknown to the carrier, or belongs to another city or country.',
  'evidence.tracking-number.what': 'The tracking number and carrier',
  'evidence.tracking-number.how':
    'From the order’s tracking page; also check the carrier’s own site and capture what it says.',
  'evidence.customs-papers.what': 'Customs papers, if the parcel is held in customs',
  'evidence.customs-papers.how': 'The customs notice or letter, all pages, readable.',
  'evidence.damage-photos.what': 'Photos of the damage from several angles',
  'evidence.damage-photos.how':
    'One wide shot of the whole item, then a close-up of each damaged part; daylight, in focus.',
  'evidence.packaging-photos.what': 'Photos of the packaging as received',
  'evidence.packaging-photos.how':
    'Outer box and inner padding, any crushed or torn parts, with the shipping label visible.',
  'evidence.item-next-to-order.what': 'The received item next to the order details',
  'evidence.item-next-to-order.how':
    'Item and the order page (on screen or printed) in one picture, so the difference is obvious.',
  'evidence.item-label-photo.what': 'Photo of the received item’s label or model number',
  'evidence.item-label-photo.what.does-not-work': 'Photo of the model label or serial number',
  'evidence.item-label-photo.how': 'Close-up, readable.',
  'evidence.contents-photo.what': 'Photo of all package contents laid out',
  'evidence.contents-photo.how':
    'Everything that came, counted and side by side, next to the order details showing the quantity ordered.',
  'evidence.defect-video.what': 'Video showing the defect',
  'evidence.defect-video.how':
    'Good light, steady; show the whole item, then the defect close up; say or caption what is wrong.',
  'evidence.defect-photos.what': 'Close-up photos of the defect',
  'evidence.defect-photos.how': 'In focus, with something for scale where it helps.',
  'evidence.not-working-video.what': 'Video of the item not working',
  'evidence.not-working-video.how':
    'Set it up as the instructions say (charged, connected, switched on) and show it failing in one take.',
  'evidence.differences-photos.what': 'Photos or videos of each difference from the listing',
  'evidence.differences-photos.how':
    'One picture per difference; list the differences in your description in the same order.',
  'evidence.brand-details-photos.what': 'Photos of logos, labels, serial numbers and packaging',
  'evidence.brand-details-photos.how':
    'Close-ups that show what makes it a fake (misspelt brand, missing hologram, wrong serial format).',
  'evidence.ruler-photo.what': 'The item lying flat beside a ruler or tape measure',
  'evidence.ruler-photo.how':
    'Measure the dimension the size chart gives (e.g. chest width, length), the ruler’s numbers readable.',
  'evidence.size-label-photo.what': 'Photo of the size label',
  'evidence.size-label-photo.how': 'Close-up, readable.',
  'evidence.size-chart-screenshot.what': 'Screenshot of the listing’s size chart and the variant you chose',
  'evidence.size-chart-screenshot.how': 'The row of your size visible.',
  'evidence.package-photos.what': 'Photos of the package from all sides, opened and empty (or incomplete)',
  'evidence.package-photos.how': 'Show the seals and any sign of opening, and what was inside.',
  'evidence.tracking-carrier-screenshot.what': 'Screenshot of the tracking showing the carrier actually used',
  'evidence.tracking-carrier-screenshot.how': 'Carrier name and tracking number visible.',
  'evidence.chosen-shipping-screenshot.what': 'Screenshot of the shipping method you chose and paid for',
  'evidence.chosen-shipping-screenshot.how': 'From the order details: method name and shipping cost.',
  'evidence.payment-record.what': 'Bank or card statement line, or the payment receipt',
  'evidence.payment-record.how': 'Amount, date and merchant visible; hide unrelated lines.',
  'evidence.payment-record.what.money-not-credited': 'Proof of payment',
  'evidence.payment-record.how.money-not-credited':
    'Bank or card statement line, or the payment receipt, with amount and date.',
  'evidence.refund-record.what': 'Screenshot of the refund on the order or dispute page',
  'evidence.refund-record.how': 'Refund amount, date and status visible.',
  'evidence.statement-without-refund.what': 'Bank or card statement since the refund date',
  'evidence.statement-without-refund.how': 'Shows that the refund has not arrived; hide unrelated lines.',
  'evidence.cancellation-screenshot.what': 'Screenshot of the cancelled order and its refund status',
  'evidence.cancellation-screenshot.how': 'Order number, cancel date and refund status visible.',
  'evidence.misconduct-chat-screenshot.how': 'The message, its date and the store name in one screenshot.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Screenshot of the seller’s message asking to pay outside AliExpress',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Screenshot of the seller asking you to confirm receipt before the item arrived',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness': 'Screenshots of the threatening or rude messages',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness': 'Every message, with dates and the store name.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Screenshots of the spam messages',
  'evidence.misconduct-chat-screenshot.how.spam': 'With dates and the sender’s store name.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Screenshot of the phishing message or link',
  'evidence.misconduct-chat-screenshot.how.phishing':
    'Do not open the link; capture the message with its date and sender.',
  'evidence.carrier-site-screenshot.what': 'Screenshot of the carrier’s own site for the same number',
  'evidence.carrier-site-screenshot.how': 'The number and the carrier’s answer visible.',

  // The Complaint Center's categories (lib/rules/complaints.ts), as its form names them.
  'complaint.ipr': 'IPR protection (counterfeits)',
  'complaint.prohibited': 'Restricted or prohibited products',
  'complaint.trading-rules': 'Trading rules violations',
  'complaint.search-price-manipulation': 'Price and category manipulation / search-related violations',
  'complaint.other': 'Other',
  'complaint.sub.weapons': 'Offensive weapons & materials',
  'complaint.sub.hazardous-chemicals': 'Flammable, explosive & hazardous chemicals',
  'complaint.sub.medical': 'Medical drugs and devices',
  'complaint.sub.illegal-tools': 'Software, tools or devices for illegal purposes',
  'complaint.sub.illicit-drugs': 'Illicit drugs, precursors & paraphernalia',
  'complaint.sub.adult': 'Obscene & adult materials',
  'complaint.sub.human-parts-flora-fauna': 'Human parts & remains, protected flora & fauna',
  'complaint.sub.other-prohibited': 'Other prohibited',
  'complaint.sub.wrong-category': 'Wrong category',
  'complaint.sub.wrong-five-category-posting': 'Wrong five-category posting',
  'complaint.sub.incorrect-measuring-units': 'Incorrect measuring units',
  'complaint.sub.prices-too-low': 'Prices too low',
  'complaint.sub.sku-infringements': 'SKU infringements',
  'complaint.sub.shipping-cost-mismatch': 'Actual vs listed shipping cost mismatch',
  'complaint.sub.duplicate-listings': 'Duplicate listings',
  'complaint.sub.incorrect-category-title': 'Incorrect category title',
  'complaint.sub.prices-too-high': 'Prices too high',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'Filed by rights holders through a separate account (documents reviewed in ~{documents} working days, the complaint in ~{complaint}). A buyer with a fake opens a dispute with the reason "Counterfeit".',
  'complaint.note.trading-rules':
    'Paying outside the platform, confirming receipt before arrival, threats or rudeness.',
  'complaint.note.other':
    'Spam and phishing (phishing has no form of its own). Abusive feedback can be reported within {days} days of the feedback.',
  'complaint.note.tradingOnNewForm':
    'The newer complaint form has no "Trading rules violations": report it under "Other" and open a dispute for any order problem.',
  'complaint.note.fakeTrackingOnNewForm':
    'The newer complaint form has no "Trading rules violations": report it under "Other" and open a dispute for any order problem. A fake tracking number is grounds for a "Not received" dispute.',
  'complaint.note.pay-outside-platform': 'Asking to pay outside the platform breaks the trading rules.',
  'complaint.note.confirm-before-arrival': 'Pressing for "Confirm received" before arrival breaks the trading rules.',
  'complaint.note.threats-or-rudeness': 'Threats and rudeness break the trading rules.',
  'complaint.note.changed-quantity': 'Changing the quantity after the order breaks the trading rules.',
  'complaint.note.fake-tracking': 'A fake tracking number breaks the trading rules; open a "Not received" dispute too.',
  'complaint.note.spam': 'Spam is reported under "Other".',
  'complaint.note.phishing': 'Phishing has no form of its own: use "Other".',
  'complaint.note.inflated-price': 'An inflated price is a price manipulation.',
  'complaint.note.changed-shipping-cost': 'Shipping charged differently from the listing.',
} as const;

export type AdviceMessages = Readonly<Record<keyof typeof advice, string>>;
