// The wording lives in lib/format/ so the content script's badges share it without React.
export { deadlinePhrase } from '../lib/format/deadline-phrase';
export { formatDay, formatDayTime, relativeTime } from '../lib/format/relative-time';
export { URGENCY_LABELS } from '../lib/format/urgency-labels';
