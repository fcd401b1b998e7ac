import { useBackgroundStatus } from './data/useBackgroundStatus';
import { useI18n } from './i18n/I18nProvider';

/**
 * Says so when Buyer Guard's last write failed because the browser profile is out of space:
 * what was saved before is intact, the latest change is not, and what to do about it.
 */
export function StorageProblemBanner() {
  const { t, locale } = useI18n();
  const problem = useBackgroundStatus().status?.storageProblem;
  if (!problem) return null;
  return (
    <div role="alert" className="storage-problem" data-testid="storage-problem">
      <strong>{t('list.storage.title')}</strong>{' '}
      <span>{t('list.storage.text', { time: new Date(problem.at).toLocaleTimeString(locale) })}</span>
    </div>
  );
}
