import { ORDER_DATE_LABELS, ORDER_ID_LABELS, STATUS_PHRASES, TOTAL_LABELS, TRACKING_NUMBER_LABELS } from './labels';
import { isLanguage, LANGUAGES, type Language, type Phrases } from './languages';
import { foldText, phraseIndex } from './text';

const EVIDENCE: Phrases[] = [
  ORDER_ID_LABELS,
  ORDER_DATE_LABELS,
  TOTAL_LABELS,
  TRACKING_NUMBER_LABELS,
  ...Object.values(STATUS_PHRASES),
];

/** The language whose labels the text uses most, or undefined when none of them appears. */
function languageOfLabels(text: string): Language | undefined {
  // The first orders carry every label the vote needs; the rest of a long page adds only time.
  const folded = foldText(text.slice(0, 20_000));
  let best: { language: Language; score: number } | undefined;
  for (const language of LANGUAGES) {
    let score = 0;
    for (const phrases of EVIDENCE)
      for (const phrase of phrases[language] ?? []) if (phraseIndex(folded, foldText(phrase)) >= 0) score++;
    if (score > 0 && (!best || score > best.score)) best = { language, score };
  }
  return best?.language;
}

/**
 * The language of the page's labels: what the labels themselves say first (a page can
 * declare one language and show another), then `<html lang>`, then the host (es.aliexpress.com).
 */
export function detectLanguage(document: Document, url: string): Language | undefined {
  const fromLabels = languageOfLabels(document.body?.textContent ?? '');
  if (fromLabels) return fromLabels;
  const declared = (document.documentElement.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '';
  if (isLanguage(declared)) return declared;
  try {
    const subdomain = new URL(url).hostname.split('.')[0] ?? '';
    return isLanguage(subdomain) ? subdomain : undefined;
  } catch {
    return undefined;
  }
}

/** Languages in the order month names and labels should be tried for this page. */
export function languageOrder(language: Language | undefined): Language[] {
  return language ? [language, ...LANGUAGES.filter((other) => other !== language)] : [...LANGUAGES];
}
