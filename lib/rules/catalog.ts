import { defineRule } from './rule';

/**
 * AliExpress buyer rules (shared/rules/aliexpress.md): every timing and every fact the engine relies
 * on, once, with its source. Values in force come from the newest source; older or disagreeing values
 * are alternatives a setting can select (RuleSettings.overrides). A value the page states (a countdown,
 * a date) always beats any of these estimates: PAGE_VALUE_WINS.
 */

// ── Precedence ────────────────────────────────────────────────────────────────────────────────────

/** Source: shared/rules/aliexpress.md ("A value the page itself states … always beats an estimate"). */
export const PAGE_VALUE_WINS = /* @__PURE__ */ defineRule({
  id: 'page-value-wins',
  summary: 'A countdown or date stated by the order page beats every computed estimate.',
  value: true,
  era: 'current',
  source: 'Buyer Guard rules brief; the page is the platform speaking about this very order',
  alternatives: [],
});

/**
 * Source: shared/rules/aliexpress.md, "What the pages themselves state (2026)": a policy sentence of the
 * order's own page ("apply for a return/refund within 7 days of confirming receipt") is the newest source
 * for that order.
 */
export const PAGE_STATED_RULE_WINS = /* @__PURE__ */ defineRule({
  id: 'page-stated-rule-wins',
  summary:
    'A rule the order page states in a sentence ("within 7 days of confirming receipt") beats the catalog value for that order, once the date it counts from is known.',
  value: true,
  era: 'current',
  source: 'AliExpress order pages (2026): policy sentences on completed and in-transit orders',
  alternatives: [],
  note: 'Never a countdown from when the page was read: without the date of its event (order placed, receipt confirmed…) the sentence gives no deadline, and the catalog value stays.',
});

// ── Buyer protection ─────────────────────────────────────────────────────────────────────────────

/** Source: current Buyer Protection page ("up to 90 days" from shipping; per order, set by the seller). */
export const BUYER_PROTECTION_MAX_DAYS = /* @__PURE__ */ defineRule({
  id: 'buyer-protection-max-days',
  summary:
    'Buyer protection (the delivery deadline) is set per order by the seller, shown as a countdown, at most 90 days after shipping.',
  value: 90,
  unit: 'days',
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [
    { value: 60, era: 'help-centre-2020', source: 'older help-centre text: maximum 60 days' },
    { value: 90, era: 'regional', source: 'older regional value for Russia' },
    { value: 120, era: 'regional', source: 'older regional value for Brazil' },
  ],
  note: 'A ceiling, not the per-order value: an estimate from it is the latest possible end, so the advisor asks the buyer to open the order page and let Buyer Guard read the countdown.',
});

/** Source: current Buyer Protection page ("after protection expires the order completes automatically"). */
export const ORDER_COMPLETES_AT_PROTECTION_END = /* @__PURE__ */ defineRule({
  id: 'order-completes-at-protection-end',
  summary: 'When buyer protection expires the order completes automatically and the money goes to the seller.',
  value: true,
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [],
  note: 'One moment, one deadline: a page\'s "confirms automatically in …" is read as the end of buyer protection.',
});

/**
 * Source: current help text ("after tracking says delivered: read from the page"). The current rule
 * gives no number; the legacy and Russian values are the alternatives, and an estimate uses the
 * earliest of them so that it is never later than the real deadline.
 */
export const PROTECTION_AFTER_DELIVERY_DAYS = /* @__PURE__ */ defineRule({
  id: 'protection-after-delivery-days',
  summary:
    'After tracking says delivered, the remaining protection is what the page shows; without it Buyer Guard assumes it may be cut to 5 days after delivery.',
  value: 5,
  unit: 'days',
  era: 'legacy',
  source: 'legacy help c. 2012–16: delivery time cut to 5 days once delivered (current rule: read from the page)',
  alternatives: [{ value: 7, era: 'regional', source: 'Russian help: 7 days to confirm after delivery' }],
  note: 'The only rule where the default is not the newest source: the newest has no number. Early is safe, late loses the refund.',
});

/** Source: current Buyer Protection page ("ask 5–7 days before expiry"; only the seller can lengthen it). */
export const EXTEND_PROTECTION_ASK_DAYS_BEFORE = /* @__PURE__ */ defineRule({
  id: 'extend-protection-ask-days-before',
  summary:
    'The buyer asks for a protection extension on the order page 5–7 days before it expires; the seller approves and can only lengthen it.',
  value: { earliest: 7, latest: 5 },
  unit: 'days',
  era: 'current',
  source: 'AliExpress Buyer Protection page / help centre (current)',
  alternatives: [],
});

/** Source: a 2019 buyer guide (seller "answers within 48 h"); no newer source gives a time. */
export const SELLER_EXTENSION_ANSWER_HOURS = /* @__PURE__ */ defineRule({
  id: 'seller-extension-answer-hours',
  summary: 'A seller answers a protection-extension request within about 48 hours.',
  value: 48,
  unit: 'hours',
  era: 'guide-2019',
  source: 'buyer guide, 2019 (the newest source that states a time)',
  alternatives: [],
});

// ── Opening a dispute ─────────────────────────────────────────────────────────────────────────────

/**
 * Source: current Buyer Protection page ("from the 11th day after the seller ships"). Read literally:
 * day 1 is the day after the shipping day, so the button is expected from the start of shipping day + 11.
 */
export const DISPUTE_OPENS_AFTER_SHIPPING_DAYS = /* @__PURE__ */ defineRule({
  id: 'dispute-opens-after-shipping-days',
  summary: '"Open dispute" becomes available from the 11th day after the seller ships.',
  value: 11,
  unit: 'days',
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [
    { value: 10, era: 'seller-side', source: 'seller-side rules: 10 days after shipping' },
    { value: 5, era: 'legacy', source: 'legacy help c. 2012–16: 5–6 days after shipping, courier-specific' },
  ],
  note: 'Buyer wording (11th day) and seller wording (10 days) differ by one day; the later reading is the default, so the advice never sends the buyer to a button that is not there yet.',
});

/** Source: seller-side rules ("immediately if the promised delivery time is under 5 days"). */
export const DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS = /* @__PURE__ */ defineRule({
  id: 'dispute-opens-immediately-below-delivery-days',
  summary: 'When the promised delivery time is under 5 days, a dispute can be opened as soon as the order ships.',
  value: 5,
  unit: 'days',
  era: 'seller-side',
  source: 'AliExpress seller-side dispute rules',
  alternatives: [],
});

/** Source: current Buyer Protection page ("while tracking shows normal progress … only after that time"). */
export const NOT_RECEIVED_WAITS_FOR_DELIVERY_TIME = /* @__PURE__ */ defineRule({
  id: 'not-received-waits-for-delivery-time',
  summary:
    'While tracking shows normal progress inside the promised delivery time, a "not received" dispute is only possible after that time.',
  value: true,
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [],
});

/** Source: current Buyer Protection page ("15 more days to open a dispute"); also the cancel rule below. */
export const DISPUTE_WINDOW_DAYS = /* @__PURE__ */ defineRule({
  id: 'dispute-window-days',
  summary:
    'The last day to open a dispute is 15 days after buyer protection ends or after "Confirm received" (whichever came first).',
  value: 15,
  unit: 'days',
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [],
});

/** Source: current Buyer Protection page ("the same product may be disputed again while protection is active"). */
export const DISPUTE_REOPEN_WHILE_PROTECTED = /* @__PURE__ */ defineRule({
  id: 'dispute-reopen-while-protected',
  summary: 'The same product may be disputed again while buyer protection is still active.',
  value: true,
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [],
});

/** Source: current help centre ("Confirm received" ends protection; sellers pressing for it break the rules). */
export const CONFIRM_RECEIPT_ENDS_PROTECTION = /* @__PURE__ */ defineRule({
  id: 'confirm-receipt-ends-protection',
  summary:
    'Confirming receipt ends buyer protection (only the 15-day window is left); a seller asking for it before arrival breaks the rules.',
  value: true,
  era: 'current',
  source: 'AliExpress help centre (current)',
  alternatives: [],
});

// ── Inside a dispute ──────────────────────────────────────────────────────────────────────────────

/** Source: current dispute rules (5 days, else the buyer's proposed refund is executed automatically). */
export const SELLER_DISPUTE_RESPONSE_DAYS = /* @__PURE__ */ defineRule({
  id: 'seller-dispute-response-days',
  summary:
    'The seller has 5 days to respond to a dispute; otherwise the refund the buyer proposed is executed automatically.',
  value: 5,
  unit: 'days',
  era: 'current',
  source: 'AliExpress dispute rules (current)',
  alternatives: [
    { value: 15, era: 'legacy', source: 'legacy help c. 2012–16: 15 days' },
    { value: 7, era: 'one-guide', source: 'buyer guides quoting "5–7 days" (upper end)' },
  ],
});

/** Source: current dispute rules (automatic escalation after about 7 days without agreement). */
export const ESCALATION_AUTO_AFTER_DAYS = /* @__PURE__ */ defineRule({
  id: 'escalation-auto-after-days',
  summary:
    'Without agreement the dispute is escalated to the platform automatically after about 7 days of negotiation (counted from the seller’s first response).',
  value: 7,
  unit: 'days',
  era: 'current',
  source: 'AliExpress dispute rules (current)',
  alternatives: [{ value: 16, era: 'legacy', source: 'legacy help c. 2012–16: automatic escalation on day 16' }],
  note: 'Sources do not say from when the 7 days run; the engine counts from the seller’s first response (negotiation start), or from the opening when no response is known.',
});

/** Source: one buyer guide (buyer can escalate "after 5 days"); the legacy button came on day 3 or 4. */
export const ESCALATION_POSSIBLE_AFTER_DAYS = /* @__PURE__ */ defineRule({
  id: 'escalation-possible-after-days',
  summary: 'The buyer can escalate a dispute to the platform 5 days after opening it.',
  value: 5,
  unit: 'days',
  era: 'one-guide',
  source: 'one buyer guide, c. 2020–22 ("after 5 days")',
  alternatives: [
    { value: 3, era: 'legacy', source: 'legacy help: escalate button from day 3 (until day 15)' },
    { value: 4, era: 'legacy', source: 'legacy help: escalate button from day 4 (until day 15)' },
  ],
  note: 'The current rule only describes automatic escalation; the newest source that states a buyer button is the default. The page’s own button always decides.',
});

/** Source: current dispute rules ("not while in transit within the promised time"). */
export const NO_ESCALATION_IN_TRANSIT = /* @__PURE__ */ defineRule({
  id: 'no-escalation-in-transit',
  summary: 'A "not received" dispute is not escalated while the parcel is in transit within the promised time.',
  value: true,
  era: 'current',
  source: 'AliExpress dispute rules (current)',
  alternatives: [],
});

/** Source: current dispute rules (platform intervenes within ~7 days of escalation). */
export const PLATFORM_DECISION_DAYS = /* @__PURE__ */ defineRule({
  id: 'platform-decision-days',
  summary: 'After escalation the platform intervenes and decides within about 7 days.',
  value: 7,
  unit: 'days',
  era: 'current',
  source: 'AliExpress dispute rules (current)',
  alternatives: [{ value: 2, era: 'one-guide', source: 'one guide: the case is closed ~2 days after escalation' }],
});

/** Source: current dispute UI (an appeal is offered); older sources: "the decision is final". */
export const DECISION_APPEALABLE = /* @__PURE__ */ defineRule({
  id: 'decision-appealable',
  summary: 'The platform’s ruling can be appealed where the page offers it.',
  value: true,
  era: 'current',
  source: 'current dispute UI (appeal button)',
  alternatives: [{ value: false, era: 'help-centre-2020', source: 'older help text: "the decision is final"' }],
  note: 'The advisor proposes an appeal only when the page (or the buyer) says one is offered.',
});

/** Source: current dispute rules (an escalated dispute can be cancelled: completion = cancel day, 15 more days). */
export const CANCELLED_DISPUTE_RESTARTS_WINDOW = /* @__PURE__ */ defineRule({
  id: 'cancelled-dispute-restarts-window',
  summary:
    'A dispute cancelled while protection is active makes the cancel day the completion date: a new dispute can be opened until the end of the 15th day after it.',
  value: 15,
  unit: 'days',
  era: 'current',
  source: 'AliExpress dispute rules (current)',
  alternatives: [],
  note: 'The one rule for every dispute cancelled while protection runs, in the deadline list and the advice alike. The source names escalated disputes; DISPUTE_REOPEN_WHILE_PROTECTED would keep a non-escalated one open until protection ends (+15 days). Buyer Guard takes the cancel day for both: it is never the later date, so a buyer who follows it is in time under either reading. After protection ended, CANCEL_AFTER_PROTECTION_IS_FINAL applies instead.',
});

/** Source: shared/rules/aliexpress.md, irreversible steps ("cancelling after protection ended releases the money"). */
export const CANCEL_AFTER_PROTECTION_IS_FINAL = /* @__PURE__ */ defineRule({
  id: 'cancel-after-protection-is-final',
  summary: 'Cancelling a dispute after protection ended releases the money to the seller; no new dispute is possible.',
  value: true,
  era: 'current',
  source: 'AliExpress buyer guides (current)',
  alternatives: [],
});

/** Source: shared/rules/aliexpress.md, irreversible steps ("the most common buyer mistake"). */
export const ACCEPTING_OFFER_CLOSES_DISPUTE = /* @__PURE__ */ defineRule({
  id: 'accepting-offer-closes-dispute',
  summary: 'Accepting a seller’s proposal (e.g. "I will resend") closes the dispute for good.',
  value: true,
  era: 'current',
  source: 'AliExpress buyer guides (current)',
  alternatives: [],
});

/** Source: current return rules (ship within 10 days of agreeing, or the seller is paid). */
export const RETURN_SHIP_WITHIN_DAYS = /* @__PURE__ */ defineRule({
  id: 'return-ship-within-days',
  summary: 'After agreeing to a return the buyer must ship it within 10 days, or the seller is paid.',
  value: 10,
  unit: 'days',
  era: 'current',
  source: 'AliExpress return rules (current)',
  alternatives: [],
});

/** Source: current resolutions text (return postage may cost up to ~50 USD; the buyer may have to pay it). */
export const RETURN_POSTAGE_UP_TO_USD = /* @__PURE__ */ defineRule({
  id: 'return-postage-up-to-usd',
  summary: 'Returning goods may cost up to about 50 USD in postage, which the buyer may have to pay.',
  value: 50,
  unit: 'usd',
  era: 'current',
  source: 'AliExpress resolutions text (current)',
  alternatives: [],
});

/** Source: current refund text (1–10 working days). */
export const REFUND_ARRIVAL_WORKING_DAYS = /* @__PURE__ */ defineRule({
  id: 'refund-arrival-working-days',
  summary: 'A refund arrives within 1–10 working days.',
  value: { min: 1, max: 10 },
  unit: 'working-days',
  era: 'current',
  source: 'AliExpress refund help (current)',
  alternatives: [
    { value: { min: 3, max: 20 }, era: 'help-centre-2020', source: 'older help: 3–20 business days' },
    { value: { min: 7, max: 15 }, era: 'help-centre-2020', source: 'older help: 7–15 days at the bank' },
  ],
});

/** Source: current resolutions text (full refund only for non-arrival or unusable items). */
export const FULL_REFUND_ONLY_WHEN_UNUSABLE = /* @__PURE__ */ defineRule({
  id: 'full-refund-only-when-unusable',
  summary:
    'Ask a full refund only for non-arrival or items unusable for their purpose; a minor defect realistically gets partial compensation.',
  value: true,
  era: 'current',
  source: 'AliExpress resolutions text / buyer guides (current)',
  alternatives: [],
});

// ── Talking to the seller and the platform ────────────────────────────────────────────────────────

/** Source: current help centre ("sellers usually answer in 1–2 business days"). */
export const SELLER_CHAT_REPLY_BUSINESS_DAYS = /* @__PURE__ */ defineRule({
  id: 'seller-chat-reply-business-days',
  summary: 'Sellers usually answer a chat message within 1–2 business days.',
  value: 2,
  unit: 'business-days',
  era: 'current',
  source: 'AliExpress help centre (current)',
  alternatives: [],
});

/**
 * Buyer Guard's own threshold (no marketplace source gives one): tracking that has not moved for this
 * many days while the parcel is not delivered is a reason to act — ask the seller where it is and
 * prepare a "Not received" dispute — rather than to keep waiting.
 */
export const TRACKING_SILENT_DAYS = /* @__PURE__ */ defineRule({
  id: 'tracking-silent-days',
  summary:
    'Tracking silent for 20 days while the parcel is not delivered is a reason to ask the seller and prepare a "Not received" dispute.',
  value: 20,
  unit: 'days',
  era: 'buyer-guard',
  source: 'Buyer Guard heuristic (no marketplace source)',
  alternatives: [],
});

/** Source: current help centre (the platform asks for English in complaints and disputes). */
export const PLATFORM_TEXT_LANGUAGE = /* @__PURE__ */ defineRule({
  id: 'platform-text-language',
  summary: 'Dispute and complaint texts are written in English.',
  value: 'en',
  era: 'current',
  source: 'AliExpress complaint form (current)',
  alternatives: [],
});

/** Source: buyer guides: platform reminder e-mails come only 5 and 2 (or 3–4) days before protection ends. */
export const PLATFORM_REMINDER_DAYS_BEFORE = /* @__PURE__ */ defineRule({
  id: 'platform-reminder-days-before',
  summary: 'The platform e-mails reminders only 5 and 2 days before protection ends.',
  value: [5, 2] as readonly number[],
  unit: 'days',
  era: 'current',
  source: 'buyer guides (current)',
  alternatives: [
    { value: [5, 3], era: 'one-guide', source: 'one guide: 5 and 3 days' },
    { value: [5, 4], era: 'one-guide', source: 'one guide: 5 and 4 days' },
  ],
  note: 'Buyer Guard warns earlier than these (lib/rules/urgency.ts).',
});

// ── Complaints ────────────────────────────────────────────────────────────────────────────────────

/** Source: Complaint Center help (current): reports are tracked under "My reports"; no fixed time. */
export const COMPLAINT_REVIEW_TIME_FIXED = /* @__PURE__ */ defineRule({
  id: 'complaint-review-time-fixed',
  summary: 'Complaints are tracked under "My reports" (Manage Reports); their consideration time is not fixed.',
  value: false,
  era: 'current',
  source: 'AliExpress Complaint Center help (current)',
  alternatives: [],
});

/** Source: Complaint Center help: feedback abuse can be reported within 30 days of the feedback. */
export const FEEDBACK_ABUSE_REPORT_DAYS = /* @__PURE__ */ defineRule({
  id: 'feedback-abuse-report-days',
  summary: 'Abuse in feedback can be reported within 30 days of the feedback.',
  value: 30,
  unit: 'days',
  era: 'current',
  source: 'AliExpress Complaint Center help (current)',
  alternatives: [],
});

/** Source: IPR protection platform help: documents reviewed in ~3 working days, the complaint in ~7. */
export const IPR_REVIEW_WORKING_DAYS = /* @__PURE__ */ defineRule({
  id: 'ipr-review-working-days',
  summary:
    'IPR complaints go through a separate rights-holder account: documents are reviewed in about 3 working days, the complaint in about 7.',
  value: { documents: 3, complaint: 7 },
  unit: 'working-days',
  era: 'current',
  source: 'AliExpress IPR protection platform help (current)',
  alternatives: [],
});

// ── Outside the platform ──────────────────────────────────────────────────────────────────────────

/** Source: PayPal buyer protection: dispute within 180 days of payment. */
export const PAYPAL_DISPUTE_WINDOW_DAYS = /* @__PURE__ */ defineRule({
  id: 'paypal-dispute-window-days',
  summary: 'A PayPal dispute must be opened within 180 days of the payment.',
  value: 180,
  unit: 'days',
  era: 'payment-provider',
  source: 'PayPal Buyer Protection (user agreement)',
  alternatives: [],
});

/** Source: PayPal: a dispute must be escalated to a claim within 20 days or it closes. */
export const PAYPAL_ESCALATE_TO_CLAIM_DAYS = /* @__PURE__ */ defineRule({
  id: 'paypal-escalate-to-claim-days',
  summary: 'A PayPal dispute must be escalated to a claim within 20 days of opening it, or it closes.',
  value: 20,
  unit: 'days',
  era: 'payment-provider',
  source: 'PayPal Resolution Center help',
  alternatives: [],
});

/** Source: card schemes via issuers: "usually 180 days" (issuer rules vary). */
export const CARD_CHARGEBACK_WINDOW_DAYS = /* @__PURE__ */ defineRule({
  id: 'card-chargeback-window-days',
  summary: 'A card chargeback is usually possible within 180 days of the payment (issuer rules vary).',
  value: 180,
  unit: 'days',
  era: 'payment-provider',
  source: 'card issuer rules (typical)',
  alternatives: [],
  note: 'Issuers differ (some count from the expected delivery date, some allow 120 days): check with the bank.',
});

/** Source: shared/rules/other-marketplaces.md (Amazon A-to-z: a chargeback makes the claim ineligible). */
export const CHARGEBACK_FIRST_MAY_FORFEIT = /* @__PURE__ */ defineRule({
  id: 'chargeback-first-may-forfeit',
  summary: 'Filing a chargeback before the platform route is exhausted can forfeit the platform’s own protection.',
  value: true,
  era: 'other-marketplace',
  source: 'Amazon A-to-z Guarantee terms; AliExpress states no such rule, so Buyer Guard warns anyway',
  alternatives: [],
});

/** Source: one source for Russian/European buyers: a written claim must be answered within 30 days. */
export const CONSUMER_CLAIM_ANSWER_DAYS = /* @__PURE__ */ defineRule({
  id: 'consumer-claim-answer-days',
  summary:
    'Consumer law (Russia/EU, one source): a written claim must be answered within 30 days; then a national distance-selling association can help.',
  value: 30,
  unit: 'days',
  era: 'one-guide',
  source: 'one consumer-law guide for Russian/European buyers',
  alternatives: [],
});

/** Source: current Buyer Protection page ("not covered": buyer damage, personalised/perishable/hygiene, off-platform). */
export const NOT_COVERED_BY_PROTECTION = /* @__PURE__ */ defineRule({
  id: 'not-covered-by-protection',
  summary: 'Not covered by buyer protection.',
  value: [
    'damage caused by the buyer',
    'personalised items',
    'perishable items',
    'hygiene items',
    'payments made outside the platform',
  ] as readonly string[],
  era: 'current',
  source: 'AliExpress Buyer Protection page (current)',
  alternatives: [],
});

/** Timing rules whose number a setting may replace with a documented alternative. */
export const OVERRIDABLE_DAY_RULES = {
  'buyer-protection-max-days': BUYER_PROTECTION_MAX_DAYS,
  'protection-after-delivery-days': PROTECTION_AFTER_DELIVERY_DAYS,
  'dispute-opens-after-shipping-days': DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  'seller-dispute-response-days': SELLER_DISPUTE_RESPONSE_DAYS,
  'escalation-auto-after-days': ESCALATION_AUTO_AFTER_DAYS,
  'escalation-possible-after-days': ESCALATION_POSSIBLE_AFTER_DAYS,
  'platform-decision-days': PLATFORM_DECISION_DAYS,
} as const;
export type OverridableRuleId = keyof typeof OVERRIDABLE_DAY_RULES;
