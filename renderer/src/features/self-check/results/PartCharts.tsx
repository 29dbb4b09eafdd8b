import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, XAxis, YAxis } from 'recharts';
import type { PartScore } from '../../../../../shared/self-check/scoring';
import { partKey } from '../model';

/**
 * Per-part scores as a radar and as bars, always on 0–100% so two checks look comparable
 * (an unpinned domain would stretch the best part to the rim).
 */
export function PartCharts({ parts }: { parts: PartScore[] }) {
  const { t } = useTranslation('selfCheck');
  const data = parts.map((p) => ({ name: t(`partsShort.${partKey(p.part)}`), percent: p.percent }));
  return (
    <div className="part-charts">
      <figure className="chart" aria-label={t('results.radarLabel')} data-testid="radar-chart">
        <RadarChart width={360} height={290} data={data} outerRadius={100} margin={{ top: 10, right: 40, bottom: 10, left: 40 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="name" tick={{ fontSize: 13, fill: '#1d2733' }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10 }} />
          <Radar dataKey="percent" name={t('results.percent')} stroke="#1c5a86" fill="#1c5a86" fillOpacity={0.35} isAnimationActive={false} />
        </RadarChart>
      </figure>
      <figure className="chart" aria-label={t('results.barsLabel')} data-testid="bar-chart">
        <BarChart width={380} height={220} data={data} layout="vertical" margin={{ left: 20, right: 20 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={100} tick={{ fontSize: 13 }} />
          <Bar dataKey="percent" name={t('results.percent')} fill="#1c5a86" isAnimationActive={false} label={{ position: 'right', formatter: (v: unknown) => `${String(v)}%` }} />
        </BarChart>
      </figure>
    </div>
  );
}
