import { describe, expect, it } from 'vitest';
import { externalHostAllowlist, isSafeExternalUrl } from '../../../../electron/main/external-links';

describe('external links allowlist (checklist 15)', () => {
  it('passes https links to every allowlisted help desk', () => {
    for (const host of externalHostAllowlist) expect(isSafeExternalUrl(`https://${host}/security/`)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'http://www.ipa.go.jp/',
    'https://www.ipa.go.jp.evil.com/',
    'https://evil.com/?https://www.ipa.go.jp/',
    'https://user:pw@www.ipa.go.jp/',
    'https://www.ipa.go.jp@evil.com/',
    'https://ipa.go.jp/',
    'data:text/html,<script>1</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
