import os from 'node:os';
import path from 'node:path';

export const appDirName = 'Otasuke Desk';

/**
 * Where user data lives when not running inside Electron: the same folder Electron's
 * `app.getPath('userData')` gives, so both hosts open the same workspaces.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.OTASUKE_DATA_DIR) return path.resolve(env.OTASUKE_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appDirName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appDirName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appDirName);
}
