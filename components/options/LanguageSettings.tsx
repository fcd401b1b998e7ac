import { useId } from 'react';
import { browserLanguageTags } from '../../lib/i18n/browser-languages';
import { LOCALE_NAMES, LOCALES, type Locale, matchLocale } from '../../lib/i18n/locales';
import type { Settings } from '../../lib/model/settings';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** The language of Buyer Guard's own texts: the browser's by default, or one the buyer picks. */
export function LanguageSettings({ settings, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const browserLocale = matchLocale(browserLanguageTags());
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.language.title')}</h2>
      <label htmlFor={`${id}-language`}>{t('settings.language.label')}</label>
      <select
        id={`${id}-language`}
        value={settings.language}
        onChange={(e) => onChange({ language: e.target.value as Locale | 'auto' })}
      >
        <option value="auto">{t('settings.language.auto', { language: LOCALE_NAMES[browserLocale] })}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p className="muted">{t('settings.language.note')}</p>
    </section>
  );
}
