import { describe, expect, it } from 'vitest';
import { moveContact } from '../../../../shared/contacts/call-order';
import { countNeedingCheck, needsCheck } from '../../../../shared/contacts/staleness';
import { demoContacts } from '../../../../shared/contacts/demo';

describe('contacts needing a check', () => {
  it('flags entries checked more than a year ago or never', () => {
    expect(needsCheck({ lastCheckedAt: '2025-11-25' }, '2026-11-25')).toBe(false);
    expect(needsCheck({ lastCheckedAt: '2025-11-24' }, '2026-11-25')).toBe(true);
    expect(needsCheck({ lastCheckedAt: '' }, '2026-11-25')).toBe(true);
  });

  it('finds exactly the one stale entry in the demo directory', () => {
    const today = new Date('2026-11-25T12:00:00+09:00');
    expect(countNeedingCheck(demoContacts(today), '2026-11-25')).toBe(1);
  });
});

describe('calling order', () => {
  it('follows the list: moving a contact up renumbers the card, skipping ones not on it', () => {
    const contacts = demoContacts(new Date('2026-11-25T12:00:00+09:00'));
    const insurer = contacts.find((c) => c.organisation === 'あんしん損害保険株式会社')!;
    const moved = moveContact(contacts, insurer.id, 'up');
    expect(moved.find((c) => c.id === insurer.id)?.callOrder).toBe(2);
    expect(moved.find((c) => c.organisation === '株式会社なにわシステムサービス')?.callOrder).toBe(3);
    expect(moveContact(moved, moved[0]!.id, 'up')).toBe(moved);
  });
});
