import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useRoute } from 'wouter';
import { ActionsPage } from '../actions';
import { ComparePage } from './history/ComparePage';
import { HistoryPage } from './history/HistoryPage';
import { OverviewPage } from './OverviewPage';
import { ResultsPage } from './results/ResultsPage';
import { ReviewPage } from './wizard/ReviewPage';
import { WizardPage } from './wizard/WizardPage';
import './self-check.css';

function Tab({ href, label }: { href: string; label: string }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link href={href} className={`tab${active ? ' tab-active' : ''}`} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

/** The self-check's pages under /self-check (loaded lazily, so recharts stays out of the first bundle). */
export default function SelfCheckRoutes() {
  const { t } = useTranslation('selfCheck');
  return (
    <div className="self-check">
      <nav className="tabs" aria-label={t('title')}>
        <Tab href="/" label={t('nav.overview')} />
        <Tab href="/history" label={t('nav.history')} />
        <Tab href="/actions" label={t('nav.actions')} />
      </nav>
      <Switch>
        <Route path="/" component={OverviewPage} />
        <Route path="/wizard/:q?">{(params) => <WizardPage question={params.q} />}</Route>
        <Route path="/review" component={ReviewPage} />
        <Route path="/results/:id">{(params) => <ResultsPage id={params.id} />}</Route>
        <Route path="/history" component={HistoryPage} />
        <Route path="/compare/:a/:b">{(params) => <ComparePage beforeId={params.a} afterId={params.b} />}</Route>
        <Route path="/actions" component={ActionsPage} />
      </Switch>
    </div>
  );
}
