import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, installSecurityHandlers, lockDownContents } from '../../../../electron/main/security';

vi.mock('electron', () => ({ default: {} }));

type Listener = (event: { preventDefault(): void; url?: string }) => void;

/** A fake WebContents that records the listeners and the window-open handler it was given. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  /** Fires an event the way Electron does; true when some listener cancelled it. */
  const emit = (name: string, url?: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    const registered = listeners.get(name) ?? [];
    if (registered.length === 0) throw new Error(`no listener for ${name}`);
    for (const listener of registered) listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, emit, open: (url: string) => openHandler!({ url }) };
}

function lockedDown(devServerUrl?: string) {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => {});
  lockDownContents(fake.contents as never, openExternal, devServerUrl);
  return { ...fake, openExternal };
}

const foreignUrls = ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://evil/index.html', 'app://otasuke.evil/', 'javascript:alert(1)', 'about:blank'];

describe('lockDownContents (checklist 12–15)', () => {
  for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    it(`${eventName}: foreign URLs are cancelled, our own pages are not`, () => {
      const { emit } = lockedDown();
      for (const url of foreignUrls) expect(emit(eventName, url), url).toBe(true);
      expect(emit(eventName, 'app://otasuke/index.html#/incidents')).toBe(false);
    });
  }

  it('allows the dev server only when one is configured', () => {
    expect(lockedDown('http://localhost:5173').emit('will-navigate', 'http://localhost:5173/#/')).toBe(false);
    expect(lockedDown().emit('will-navigate', 'http://localhost:5173/#/')).toBe(true);
  });

  it('webviews are never attached', () => {
    expect(lockedDown().emit('will-attach-webview')).toBe(true);
  });

  it('window.open is always denied; only allowlisted https links go to the browser', () => {
    const { open, openExternal } = lockedDown();
    expect(open('https://www.ipa.go.jp/security/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.ipa.go.jp/security/');
    openExternal.mockClear();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://www.ipa.go.jp/', 'https://www.ipa.go.jp.evil.com/', 'app://otasuke/index.html']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('installSecurityHandlers locks down every web contents the app creates', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    installSecurityHandlers({ on: (name: string, cb: typeof created) => (name === 'web-contents-created' ? (created = cb) : undefined) } as never, vi.fn());
    const fake = fakeContents();
    created!({}, fake.contents);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('denyAllPermissions (checklist 5)', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (h: typeof request) => (request = h), setPermissionCheckHandler: (h: typeof check) => (check = h) } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://otasuke', {})).toBe(false);
    }
  });
});
