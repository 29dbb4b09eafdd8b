import { FileCheck } from 'lucide-react';
import type { RendererFeature } from '../feature';
import { EvidenceHomePanel } from './EvidenceHomePanel';
import { EvidencePage } from './EvidencePage';

export const evidenceFeature: RendererFeature = {
  route: { path: '/evidence', navKey: 'evidence', icon: FileCheck, component: EvidencePage, nest: true },
  homePanel: { component: EvidenceHomePanel, rank: 6 },
};
