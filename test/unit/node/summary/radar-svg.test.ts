import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelWidth, radarSvg } from '../../../../shared/summary/radar-svg';

const style = { size: 200, fontFamily: 'BIZUDPGothic' };
const areaPoints = (svg: string) => {
  const polygons = [...svg.matchAll(/<polygon points="([^"]+)"/g)].map((m) => m[1]!);
  return polygons.at(-1)!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
};

describe('radarSvg', () => {
  it('draws an explicit-size SVG with one labelled spoke per part and the percentages', () => {
    const svg = radarSvg([{ label: '基本', percent: 60 }, { label: '社内', percent: 65.4 }, { label: '外部', percent: 42.9 }], style);
    expect(svg).toMatch(/^<svg [^>]*width="200" height="200"/);
    expect(svg.match(/<line /g)).toHaveLength(3);
    expect(svg).toContain('基本 60%');
    expect(svg).toContain('社内 65%');
    expect(svg).toContain('外部 43%');
    expect(svg).toContain('font-family="BIZUDPGothic"');
  });

  it('puts a 100 % score on the outer ring and a 0 % score at the centre', () => {
    const full = areaPoints(radarSvg([{ label: 'a', percent: 100 }, { label: 'b', percent: 100 }, { label: 'c', percent: 100 }], style));
    const empty = areaPoints(radarSvg([{ label: 'a', percent: 0 }, { label: 'b', percent: 0 }, { label: 'c', percent: 0 }], style));
    expect(full[0]![0]).toBeCloseTo(100);
    expect(full[0]![1]).toBeLessThan(50);
    for (const [x, y] of empty) {
      expect(x).toBeCloseTo(100);
      expect(y).toBeCloseTo(100);
    }
  });

  it('stays inside its box for any scores, even negative or absurd ones', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: false }), { minLength: 3, maxLength: 8 }), (scores) => {
        const svg = radarSvg(scores.map((percent, i) => ({ label: `P${i}`, percent })), style);
        for (const [x, y] of areaPoints(svg)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(200);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(200);
        }
      }),
    );
  });

  it('keeps every label whole inside the drawing, the long English part names too (was cut to "rganisation")', () => {
    for (const labels of [['Basics', 'Staff', 'Organisation'], ['基本', '従業員', '組織'], ['Organisational measures', 'Staff measures', 'Basic measures']]) {
      const svg = radarSvg(labels.map((label) => ({ label, percent: 21 })), style);
      const texts = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
      expect(texts).toHaveLength(3);
      for (const { x, text } of texts) {
        expect(x - labelWidth(text) / 2, text).toBeGreaterThanOrEqual(0);
        expect(x + labelWidth(text) / 2, text).toBeLessThanOrEqual(200);
      }
    }
  });

  it('escapes label text so data cannot break the SVG', () => {
    const svg = radarSvg([{ label: '<b>&"', percent: 10 }, { label: 'b', percent: 10 }, { label: 'c', percent: 10 }], style);
    expect(svg).toContain('&lt;b&gt;&amp;&quot;');
    expect(svg).not.toContain('<b>');
  });
});
