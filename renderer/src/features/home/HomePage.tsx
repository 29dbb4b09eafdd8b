import { ClipboardCheck, FileText, Phone, ShieldAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCurrentWorkspace } from '../../api/use-app-queries';
import { PageHeader } from '../../components/PageHeader';
import type { ComponentType } from 'react';
import { NextStepCard } from './NextStepCard';
import './home.css';

interface HomeCard {
  key: 'selfCheck' | 'incidents' | 'contacts' | 'summary';
  href: string;
  icon: LucideIcon;
}

const cards: HomeCard[] = [
  { key: 'selfCheck', href: '/self-check', icon: ClipboardCheck },
  { key: 'incidents', href: '/incidents', icon: ShieldAlert },
  { key: 'contacts', href: '/contacts', icon: Phone },
  { key: 'summary', href: '/summary', icon: FileText },
];

/**
 * The dashboard: the one next step (the page's only primary button), then every feature's status
 * panel (registered in features/index.tsx), then the cards.
 */
export function HomePage({ panels }: { panels: ComponentType[] }) {
  const { t } = useTranslation('home');
  const { data: workspace } = useCurrentWorkspace();
  return (
    <>
      <PageHeader title={t('greeting', { company: workspace?.name ?? '' })} lead={t('lead')} />
      <NextStepCard />
      <div className="home-panels" data-testid="home-panels">
        {panels.map((Panel, index) => (
          <Panel key={index} />
        ))}
      </div>
      <ul className="card-grid">
        {cards.map(({ key, href, icon: Icon }) => (
          <li key={key} className="card feature-card">
            <Icon aria-hidden="true" size={28} className="feature-icon" />
            <h2>{t(`cards.${key}.title`)}</h2>
            <p>{t(`cards.${key}.body`)}</p>
            <Link href={href} className="button button-secondary">
              {t(`cards.${key}.action`)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
