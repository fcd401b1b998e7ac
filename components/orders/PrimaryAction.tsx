import type { StepPage } from '../../lib/pages/step-page';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  page: StepPage;
  onOpenWorkspace: () => void;
}

/**
 * The one primary button of the guide: it opens the AliExpress page where the next step is taken (the
 * URL checked by lib/pages/step-page.ts), or the evidence workspace when the step is collecting evidence,
 * with a line saying where it lands.
 */
export function PrimaryAction({ page, onOpenWorkspace }: Props) {
  const { t } = useI18n();
  const hint = page.viaOrderPage ? t('guide.go.dispute.viaOrder') : t(`guide.go.${page.kind}.hint`);
  return (
    <div className="primary-action">
      {page.url ? (
        <a
          className="button primary"
          href={page.url}
          target="_blank"
          rel="noreferrer"
          data-testid="primary-action"
          data-page={page.kind}
        >
          {t(`guide.go.${page.kind}`)}
          <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {t('guide.newTab')}</span>
        </a>
      ) : (
        <button
          type="button"
          className="primary"
          data-testid="primary-action"
          data-page={page.kind}
          onClick={onOpenWorkspace}
        >
          {t(`guide.go.${page.kind}`)}
        </button>
      )}
      <p className="muted">{hint}</p>
    </div>
  );
}
