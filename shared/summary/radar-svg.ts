/** One spoke of the radar chart: a part's label and its achievement 0–100. */
export interface RadarAxis {
  label: string;
  percent: number;
}

export interface RadarStyle {
  /** Width and height of the square drawing, in PDF points. */
  size: number;
  /** A font family registered with pdfmake, so Japanese labels are drawn with real glyphs. */
  fontFamily: string;
  color?: string;
}

const rings = [25, 50, 75, 100];

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

const round = (n: number) => Math.round(n * 10) / 10;

const labelSize = 9;

/**
 * A generous width of a label at 9 pt: full-width (CJK) characters one em, others 0.62 em (wider
 * than most Latin glyphs), so a label kept inside by this estimate is inside when drawn.
 */
export function labelWidth(text: string, fontSize = labelSize): number {
  return [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.62) * fontSize, 0);
}

/**
 * Scores → an SVG radar chart (pure, no DOM), drawn by pdfmake's `svg` node. Spokes start at
 * 12 o'clock and go clockwise; grey rings mark 25/50/75/100 %. Fewer than three axes cannot make
 * an area, so they are drawn as spokes only.
 */
export function radarSvg(axes: RadarAxis[], style: RadarStyle): string {
  const { size, fontFamily, color = '#1f5fa8' } = style;
  const centre = size / 2;
  // Room around the chart for the labels.
  const radius = size * 0.32;
  const angle = (i: number) => (-Math.PI / 2) + (2 * Math.PI * i) / Math.max(axes.length, 1);
  const point = (i: number, percent: number) => {
    const r = (radius * clampPercent(percent)) / 100;
    return [round(centre + r * Math.cos(angle(i))), round(centre + r * Math.sin(angle(i)))] as const;
  };
  const polygon = (percent: (i: number) => number) =>
    axes.map((_, i) => point(i, percent(i)).join(',')).join(' ');

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`);
  if (axes.length >= 3) {
    for (const ring of rings) {
      parts.push(`<polygon points="${polygon(() => ring)}" fill="none" stroke="#c8cdd3" stroke-width="0.6"/>`);
    }
  }
  axes.forEach((_, i) => {
    const [x, y] = point(i, 100);
    parts.push(`<line x1="${centre}" y1="${centre}" x2="${x}" y2="${y}" stroke="#c8cdd3" stroke-width="0.6"/>`);
  });
  if (axes.length >= 3) {
    parts.push(
      `<polygon points="${polygon((i) => axes[i]!.percent)}" fill="${color}" fill-opacity="0.25" stroke="${color}" stroke-width="1.5"/>`,
    );
  }
  axes.forEach((axis, i) => {
    const [x, y] = point(i, axis.percent);
    parts.push(`<circle cx="${x}" cy="${y}" r="2.5" fill="${color}"/>`);
    // Labels sit just outside the 100 % ring, anchored away from the centre.
    const lx = round(centre + (radius + 6) * Math.cos(angle(i)));
    const ly = round(centre + (radius + 6) * Math.sin(angle(i)));
    // Centred under or over the spoke's end, so a label never runs off the drawing's side.
    const sin = Math.sin(angle(i));
    const anchor = 'middle';
    const dy = sin < -0.3 ? -2 : sin > 0.3 ? 8 : 3;
    const percent = Math.round(clampPercent(axis.percent));
    const label = `${axis.label} ${percent}%`;
    // A long label at a lower corner ("Organisation 21%") would run off the drawing and be cut:
    // its centre is moved inwards just enough to keep it whole.
    const half = labelWidth(label) / 2 + 1;
    const labelX = round(Math.min(size - half, Math.max(half, lx)));
    parts.push(
      `<text x="${labelX}" y="${round(ly + dy)}" font-family="${escapeXml(fontFamily)}" font-size="${labelSize}" fill="#222" text-anchor="${anchor}">${escapeXml(label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
