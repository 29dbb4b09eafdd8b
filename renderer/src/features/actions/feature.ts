import type { RendererFeature } from '../feature';
import { ActionsHomePanel } from './ActionsHomePanel';

// The action plan has no menu entry of its own: its page sits under the self-check.
export const actionsFeature: RendererFeature = { homePanel: { component: ActionsHomePanel, rank: 2 } };
