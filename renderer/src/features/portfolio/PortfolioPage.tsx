import { Route, Switch } from 'wouter';
import { StatisticsPage } from '../statistics';
import { PortfolioListPage } from './PortfolioListPage';
import './portfolio.css';

/** `/portfolio`: every company in one table, and `/portfolio/statistics` (the anonymised statistics). */
export function PortfolioPage() {
  return (
    <Switch>
      <Route path="/" component={PortfolioListPage} />
      <Route path="/statistics" component={StatisticsPage} />
    </Switch>
  );
}
