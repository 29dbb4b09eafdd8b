import fs from 'node:fs';
import path from 'node:path';
import { supportBundleText, supportFileName, type SupportBundle } from '../../../shared/support/bundle-format';
import type { GeneratedFile } from '../../../shared/files/schema';
import type { Services } from '../../services/services';
import { companyHealth } from './document-health';
import { snapshotsRoot } from '../workspaces';
import { runtimeInfo } from '../../services/log/support-log';

/** A log line as written (JSON), or as text if a crash cut it short. */
function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}

function readLogFiles(files: string[]): SupportBundle['log']['files'] {
  // files() gives newest first; a reader follows time from the top down.
  return [...files].reverse().map((file) => {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // rotated away meanwhile, or unreadable: shown as empty
    }
    return { name: path.basename(file), lines: text.split('\n').filter(Boolean).map(parseLine) };
  });
}

/**
 * Everything in the support file, gathered from the running app. Company names, record
 * contents and paths (a data folder can be named after a person) are left out by construction:
 * only the fields listed in `SupportBundle` are filled, from counts, codes and versions.
 */
export async function collectSupportBundle(services: Services): Promise<SupportBundle> {
  await services.supportLog.flush();
  const companies = services.workspaces.list();
  const snapshots = snapshotsRoot(services.dataDir);
  const { appVersion, ...runtime } = runtimeInfo(services.platform.appVersion, services.platform.host);
  return {
    format: 'otasuke-support-bundle',
    formatVersion: 1,
    createdAt: services.now().toISOString(),
    app: { version: appVersion, ...runtime },
    storage: { problem: services.storageHealth.current(), companies: companies.length },
    companies: companies.map((meta, index) =>
      companyHealth(index + 1, meta.id, path.join(services.workspaces.root, meta.id), path.join(snapshots, meta.id)),
    ),
    noticesThisLaunch: services.notices.list().map(({ kind, document, reason, at }) => ({ kind, document, reason, at })),
    log: { droppedLines: services.supportLog.file.dropped, files: readLogFiles(services.supportLog.file.files()) },
  };
}

/** The support file as the renderer saves it: indented JSON, one log event per line. */
export async function supportBundleFile(services: Services): Promise<GeneratedFile> {
  const text = supportBundleText(await collectSupportBundle(services));
  return { fileName: supportFileName(services.now()), mimeType: 'application/json', base64: Buffer.from(text, 'utf8').toString('base64'), fingerprint: null };
}
