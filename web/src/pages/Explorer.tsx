import { useI18n } from '../i18n/index.tsx';
import { PageTitle } from '../components/common.tsx';

export function ExplorerPage() {
  const { t } = useI18n();
  return <PageTitle>{t('explorer.title')}</PageTitle>;
}
