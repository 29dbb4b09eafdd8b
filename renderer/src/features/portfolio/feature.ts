import { Building } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { PortfolioPage } from './PortfolioPage';
import { usePortfolioShown } from './use-portfolio';

export const portfolioFeature: RendererFeature = {
  route: { path: '/portfolio', navKey: 'portfolio', icon: Building, component: PortfolioPage, nest: true, useShown: usePortfolioShown },
};
