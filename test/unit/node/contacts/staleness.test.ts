import { describe, expect, it } from 'vitest';
import { groupContacts, moveContact } from '../../../../shared/contacts/call-order';
import { presetContacts } from '../../../../shared/contacts/presets';
import type { Contact } from '../../../../shared/contacts/schema';
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

  it('lists the card in calling order first, own contacts next, public desks last', () => {
    let n = 0;
    const presets = presetContacts('ja', () => `preset-${n++}`);
    const own: Contact = { ...presets[0]!, id: 'own-1', organisation: 'やまだパソコンサポート', preset: null, callOrder: 1 };
    const spare: Contact = { ...own, id: 'own-2', organisation: '予備の業者', callOrder: null };
    const groups = groupContacts([...presets, spare, own]);
    expect(groups.map((g) => [g.group, g.contacts.map((c) => c.id)])).toEqual([
      ['card', ['own-1']],
      ['own', ['own-2']],
      ['public', presets.map((p) => p.id)],
    ]);
  });

  it('moves within the shown group, past contacts of other groups', () => {
    let n = 0;
    const [desk] = presetContacts('ja', () => `preset-${n++}`);
    const a: Contact = { ...desk!, id: 'own-a', preset: null, callOrder: 1 };
    const b: Contact = { ...a, id: 'own-b', callOrder: 2 };
    const moved = moveContact([a, desk!, b], 'own-b', 'up');
    expect(moved.map((c) => [c.id, c.callOrder])).toEqual([['own-b', 1], [desk!.id, null], ['own-a', 2]]);
  });
});
