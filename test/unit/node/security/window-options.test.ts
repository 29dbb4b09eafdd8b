import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../../electron/main/window-options';

describe('window options (checklist 2–4, 6, 8–11)', () => {
  const prefs = secureWebPreferences('/app/preload/index.cjs');

  it('sets every security-relevant web preference explicitly, never leaving it to a default', () => {
    // toStrictEqual on each key: `undefined` (left to Electron's default) would fail.
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('enables no Blink features and passes only the preload we built', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs.preload).toBe('/app/preload/index.cjs');
  });

  it('the main window uses exactly those preferences and starts hidden until ready', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options.show).toBe(false);
  });
});
