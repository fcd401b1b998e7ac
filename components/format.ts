// The wording lives in lib/format/ so the content script's badges share it without React.
export {
  dayOfInstant,
  deadlineDate,
  deadlineSourceText,
  deadlineView,
  deadlineWhen,
  timeLeft,
} from '../lib/format/deadline-format';
export { DEADLINE_WORDS } from '../lib/format/deadline-words';
export { URGENCY_LABELS } from '../lib/format/urgency-labels';
