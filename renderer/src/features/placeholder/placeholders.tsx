import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** Pages whose feature has not landed yet; each is replaced by its feature's real page. */
export function IncidentsPlaceholder() {
  return <ComingSoon feature={useTranslation().t('nav.incidents')} />;
}
