import { useI18n } from '../i18n/index.tsx';
import { PageTitle } from '../components/common.tsx';

export function NegotiationPage() {
  const { t } = useI18n();
  return <PageTitle>{t('negotiation.title')}</PageTitle>;
}
