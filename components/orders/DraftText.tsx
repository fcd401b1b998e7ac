import { useEffect, useId, useState } from 'react';
import type { Draft } from '../../lib/rules/compose/drafts';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  draft: Draft;
  /** `composer-text` in the texts section, `step-text` in the next step. */
  testId: string;
  /** Copy is the view's primary action when no AliExpress page is. */
  primaryCopy?: boolean;
}

/**
 * One text to send, pre-filled and editable: the English the platform asks for, "Copy" for the edited
 * text, and the same text in the buyer's language beside it (to read, not to send). Nothing is sent
 * anywhere: the buyer pastes it on AliExpress (or their bank's form).
 */
export function DraftText({ draft, testId, primaryCopy = false }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const [text, setText] = useState(draft.body);
  const [copied, setCopied] = useState<string | null>(null);

  // A new draft (another text, or the facts changed) replaces the text; edits live until then.
  useEffect(() => {
    setText(draft.body);
    setCopied(null);
  }, [draft.body]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('guide.text.copied'));
    } catch {
      setCopied(t('guide.text.clipboardRefused'));
    }
  }

  const translation = draft.translation;
  const languageName = translation ? languageNameIn(locale, translation.language) : '';
  return (
    <div className="draft-text">
      <p className="muted">
        {t('guide.text.pasteIn', { where: draft.where })} {t('guide.text.english')}
      </p>
      <div className="draft-columns">
        <div>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {draft.title}
          </label>
          <textarea
            id={`${id}-text`}
            data-testid={testId}
            lang="en"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="row">
            <button type="button" className={primaryCopy ? 'primary' : undefined} onClick={copy}>
              {t('guide.text.copy')}
            </button>
            {text !== draft.body && (
              <button type="button" className="quiet" onClick={() => setText(draft.body)}>
                {t('guide.text.restore')}
              </button>
            )}
          </div>
          {copied && (
            <p role="status" className="muted">
              {copied}
            </p>
          )}
        </div>
        {translation && (
          <details className="translation" open>
            <summary>{t('guide.text.translation', { language: languageName })}</summary>
            <p lang={translation.language} className="translation-text" data-testid={`${testId}-translation`}>
              {translation.body}
            </p>
          </details>
        )}
      </div>
    </div>
  );
}

/** "español", "Spanish": a language named in the buyer's language. */
function languageNameIn(locale: string, language: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
