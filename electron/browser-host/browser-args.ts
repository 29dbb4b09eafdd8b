/** How the browser host opens its window: an app window on its own profile, nothing phoning home. */
export function browserArgs(target: string, profileDir: string, isRoot = process.getuid?.() === 0): string[] {
  const args = [
    `--app=${target}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to start as root without this; only then is it added.
  if (isRoot) args.push('--no-sandbox');
  return args;
}
