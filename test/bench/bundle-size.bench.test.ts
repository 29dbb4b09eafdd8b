import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { recordRatio } from './support';
import { buildApp, rendererOut } from './build';

/** Relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`); lazy `import()` is excluded. */
function staticImports(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) found.add(match[1]!);
  for (const match of source.matchAll(/(?:^|[;\n}])\s*export\s*[^'"();]*?\sfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

/** Every JS file the start page loads before it can run: entry scripts, preloads and their static imports. */
export function startupScripts(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => path.resolve(dir, m[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const rel of staticImports(fs.readFileSync(file, 'utf8'))) queue.push(path.resolve(path.dirname(file), rel));
  }
  return [...seen];
}

it('renderer JavaScript loaded at start, gzip, against the 350 KB budget', () => {
  buildApp();
  const files = startupScripts(rendererOut);
  expect(files.length).toBeGreaterThan(0);
  const gzipKb = files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0) / 1024;
  const ratio = recordRatio({
    name: 'renderer-bundle-gzip',
    measured: `gzip of ${files.length} start-up JS file(s)`,
    baseline: 'budget',
    value: gzipKb,
    baselineValue: 350,
    unit: 'KB',
    target: 1,
  });
  console.log(`renderer start-up JS: ${files.map((f) => path.basename(f)).join(', ')} = ${gzipKb.toFixed(1)} KB gzip (${ratio.toFixed(2)} of budget)`);
});
