// The wording lives in lib/format/ so the content script's badges share it without React.
export {
  dayOfInstant,
  deadlineDate,
  deadlineSourceText,
  deadlineView,
  deadlineWhen,
  timeLeft,
} from '../lib/format/deadline-format';
