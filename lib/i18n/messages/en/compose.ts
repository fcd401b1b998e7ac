/**
 * The texts Buyer Guard drafts (lib/rules/compose/): the message to the seller, the dispute description,
 * the answer to a proposal, the escalation statement, the complaint and the chargeback summary. The
 * English catalog is what goes to the platform (it asks for English); every other language is the same
 * text, from the same facts, shown beside it so the buyer knows what they send. Also each text's name
 * and where to paste it, in the buyer's language.
 */
export const compose = {
  'compose.problem.not-received': 'the order has not been received',
  'compose.problem.damaged': 'the item arrived damaged',
  'compose.problem.not-as-described': 'the item is not as described in the listing',
  'compose.problem.quality-problem': 'the item has a quality problem',
  'compose.problem.missing-items': 'part of the order is missing',
  'compose.problem.wrong-item': 'I received a different item than the one I ordered',
  'compose.problem.does-not-work': 'the item does not work properly',
  'compose.problem.counterfeit': 'the item appears to be counterfeit',
  'compose.problem.size-colour-mismatch': 'the size, colour or style is not the one I ordered',
  'compose.problem.empty-package': 'the package arrived incomplete or empty',
  'compose.problem.different-shipping-method':
    'the order was sent with a different shipping method than the one I chose and paid for',
  'compose.problem.payment-error': 'the payment for this order failed or was charged incorrectly',
  'compose.problem.money-not-credited': 'my payment was taken but the order does not show it as paid',
  'compose.problem.refund-not-received': 'the refund for this order has not reached my account',
  'compose.problem.order-cancelled': 'the order was cancelled and I have not been refunded',
  'compose.problem.pay-outside-platform': 'the seller asked me to pay outside AliExpress',
  'compose.problem.confirm-before-arrival': 'the seller asked me to confirm receipt before the item arrived',
  'compose.problem.threats-or-rudeness': 'the seller sent me threatening or rude messages',
  'compose.problem.spam': 'the seller keeps sending me spam messages',
  'compose.problem.phishing': 'the seller sent me a phishing message or link',
  'compose.problem.inflated-price': 'the price was inflated',
  'compose.problem.changed-quantity': 'the seller changed the quantity after I ordered',
  'compose.problem.changed-shipping-cost': 'the shipping cost differs from the one listed',
  'compose.problem.fake-tracking': 'the tracking number provided is not valid for this parcel',
  'compose.problem.account-question': 'I have a question about my account',

  // The order and its history (compose/facts.ts)
  'compose.order': 'order {id}',
  'compose.orderWith': 'order {id} ({details})',
  'compose.store': 'store: {name}',
  'compose.detailsSeparator': ', ',
  'compose.offer':
    '{resolution, select, full_refund {a full refund} partial_refund {a partial refund} return_and_refund {a refund after returning the item} resend {to send the item again} other {another solution}}',
  'compose.offerOf':
    '{resolution, select, full_refund {a full refund of {amount}} partial_refund {a partial refund of {amount}} return_and_refund {a refund of {amount} after returning the item} resend {to send the item again} other {another solution of {amount}}}',
  'compose.fact.ordered': 'order placed',
  'compose.fact.paid': 'paid',
  'compose.fact.paidAmount': 'paid {amount}',
  'compose.fact.shipped': 'shipped by the seller',
  'compose.fact.shippedWith': 'shipped by the seller ({carrier})',
  'compose.fact.trackingNumber': 'tracking number {number}',
  'compose.fact.lastEvent': 'last tracking event: "{description}"',
  'compose.fact.delivered': 'tracking shows delivered',
  'compose.fact.confirmed': 'receipt confirmed',
  'compose.fact.disputeOpened': 'dispute opened',
  'compose.fact.disputeOpenedAsking': 'dispute opened, asking for {resolution}',
  'compose.fact.proposed': '{from, select, platform {platform} other {seller}} proposed {offer}',
  'compose.fact.proposedAnswered':
    '{from, select, platform {platform} other {seller}} proposed {offer} ({response, select, accepted {accepted by me} rejected {rejected by me} countered {countered by me} other {expired by me}})',
  'compose.fact.escalated': 'dispute escalated to the platform',
  'compose.fact.line': '- {date}: {text}',
  'compose.evidenceAttached': 'Evidence attached:',

  // Message to the seller (compose/seller-message.ts)
  'compose.seller.hello': 'Hello,',
  'compose.seller.about': 'I am writing about {order}.',
  'compose.seller.also': 'Also:',
  'compose.seller.askFull': 'Could you please offer a full refund for this order?',
  'compose.seller.askFullOf': 'Could you please offer a full refund of {amount} for this order?',
  'compose.seller.askPartial': 'Could you please offer a partial refund?',
  'compose.seller.askPartialOf': 'Could you please offer a partial refund of {amount}?',
  'compose.seller.askExtension':
    'The parcel is still on its way. Could you please approve the extension of the buyer protection period that I requested from the order page?',
  'compose.seller.askExtensionBy':
    'The parcel is still on its way. Could you please approve the extension of the buyer protection period by {days} days that I requested from the order page?',
  'compose.seller.askTracking': 'Could you please check with the carrier where the parcel is and let me know?',
  'compose.seller.attached': 'I have attached:',
  'compose.seller.thanks': 'Thank you, I look forward to your reply.',

  // Dispute description and escalation (compose/dispute-description.ts)
  'compose.resolution.full': 'Full refund.',
  'compose.resolution.fullOf': 'Full refund of {amount}.',
  'compose.resolution.partial': 'Partial refund.',
  'compose.resolution.partialOf': 'Partial refund of {amount}.',
  'compose.dispute.reason': 'Reason: {reason}',
  'compose.dispute.main': 'Main problem: {problem} ({order}).',
  'compose.dispute.otherProblems': 'Other problems:',
  'compose.dispute.facts': 'Facts:',
  'compose.dispute.requested': 'Requested resolution: {resolution}',
  'compose.escalation.review': 'I ask the platform to review the dispute for {order}.',
  'compose.escalation.main': 'Main problem: {problem}.',
  'compose.escalation.whatHappened': 'What happened:',
  'compose.escalation.why': 'Why there is no agreement: {why}',
  'compose.escalation.sellerRejected': 'The seller rejected the dispute without evidence that addresses the problem.',
  'compose.escalation.noProposal': 'The seller has not proposed a solution.',
  'compose.escalation.onlyResend':
    'The seller only offers to send the item again, which does not resolve the problem with this order.',
  'compose.escalation.notCovering': 'The seller’s proposal does not cover the problem described above.',

  // Answer to a proposal (compose/offer-answer.ts)
  'compose.answer.refuse':
    'I do not accept the {from, select, platform {platform’s} other {seller’s}} proposal ({offer}) for {order}.',
  'compose.answer.resend':
    'Sending the item again does not resolve the problem with this order, and accepting it would close the dispute before anything has arrived.',
  'compose.answer.returnCost':
    'Returning the item at my cost (postage can reach about {postage}) would take most of the refund.',
  'compose.answer.noAmount': 'The proposal does not state an amount that covers the problem.',
  'compose.answer.tooLow': '{amount} does not cover the problem described below.',
  'compose.answer.fullPrice': 'The refund must be the full price paid.',
  'compose.answer.noRefund': 'The proposal does not refund the order.',
  'compose.answer.notCovering': 'The proposal does not cover the problem described below.',
  'compose.answer.problem': 'The problem: {problem}.',
  'compose.answer.evidence': 'The evidence in the dispute:',
  'compose.answer.instead': 'What I ask instead: {resolution}',

  // Complaint (compose/complaint-text.ts)
  'compose.complaint.type': 'Complaint type: {category}',
  'compose.complaint.store': 'Store: {name}',
  'compose.complaint.storeAt': 'Store: {name} ({url})',
  'compose.complaint.product': 'Product: {url}',
  'compose.complaint.orderNumber': 'Order number: {id}',
  'compose.complaint.problem': '{problem} ({order}).',
  'compose.complaint.review': 'Please review this seller’s conduct.',

  // Chargeback or PayPal dispute (compose/chargeback-summary.ts)
  'compose.chargeback.merchant': 'AliExpress',
  'compose.chargeback.merchantSeller': 'AliExpress, seller "{store}"',
  'compose.chargeback.purchase':
    '{provider, select, paypal {PayPal dispute} other {Card chargeback request}}: purchase from {merchant}, {order}.',
  'compose.chargeback.purchaseTotal':
    '{provider, select, paypal {PayPal dispute} other {Card chargeback request}}: purchase from {merchant}, {order}, {total}.',
  'compose.chargeback.problem': 'Problem: {problem}.',
  'compose.chargeback.timeline': 'Timeline:',
  'compose.chargeback.notResolved': 'I could not resolve this through the marketplace’s dispute process.',
  'compose.chargeback.opened': 'I opened a dispute on the marketplace.',
  'compose.chargeback.decided':
    'I opened a dispute on the marketplace; it was decided {outcome, select, buyer_favour {in my favour, but the refund has not arrived} partial {with a partial refund only} other {in the seller’s favour}}.',
  'compose.chargeback.askPayment': 'I ask for a refund of this payment.',
  'compose.chargeback.askTotal': 'I ask for a refund of {amount}.',
  'compose.chargeback.askFull': 'I ask for a full refund.',
  'compose.chargeback.askFullOf': 'I ask for a full refund of {amount}.',
  'compose.chargeback.askPartial': 'I ask for a partial refund.',
  'compose.chargeback.askPartialOf': 'I ask for a partial refund of {amount}.',

  // Each text's name and where it goes (compose/drafts.ts), in the buyer's language.
  'compose.draft.seller-message.title': 'Message to the seller',
  'compose.draft.seller-message.where': 'Order page → Contact seller',
  'compose.draft.dispute-description.title': 'Dispute description',
  'compose.draft.dispute-description.where': 'Order page → Open dispute → description',
  'compose.draft.offer-answer.title': 'Answer to the proposal',
  'compose.draft.offer-answer.where': 'Dispute page → Reject (or counter) the proposal → reason',
  'compose.draft.escalation-statement.title': 'Escalation statement',
  'compose.draft.escalation-statement.where': 'Dispute page → Escalate',
  'compose.draft.complaint.title': 'Complaint (report the seller)',
  'compose.draft.complaint.where': 'Complaint Center, or "Report item" on the product page',
  'compose.draft.chargeback.title.paypal': 'PayPal dispute summary',
  'compose.draft.chargeback.title.card': 'Card chargeback summary',
  'compose.draft.chargeback.where.paypal': 'PayPal Resolution Center',
  'compose.draft.chargeback.where.card': 'Your bank’s chargeback form',
} as const;

export type ComposeMessages = Readonly<Record<keyof typeof compose, string>>;
