import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** Pages whose feature has not landed yet; each is replaced by its feature's real page. */
export function SelfCheckPlaceholder() {
  return <ComingSoon feature={useTranslation().t('nav.selfCheck')} />;
}
export function ContactsPlaceholder() {
  return <ComingSoon feature={useTranslation().t('nav.contacts')} />;
}
export function SummaryPlaceholder() {
  return <ComingSoon feature={useTranslation().t('nav.summary')} />;
}
