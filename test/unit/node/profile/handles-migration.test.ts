import { describe, expect, it } from 'vitest';
import { profileSpec } from '../../../../electron/features/profile/documents';
import { decodeDocument } from '../../../../electron/services/store/document-spec';

const v1 = (handles: boolean) => ({
  schemaVersion: 1,
  data: { name: '山田商店', personalData: { handles, approxPeople: null, sensitive: false } },
});

describe('profile version 1 → 2: "handles personal data" becomes tri-state', () => {
  it('turns the old unticked default (false) into null = not answered', () => {
    expect(decodeDocument(profileSpec, v1(false))?.personalData.handles).toBeNull();
  });
  it('keeps a real "yes"', () => {
    expect(decodeDocument(profileSpec, v1(true))?.personalData.handles).toBe(true);
  });
  it('keeps an explicit "no" saved by the new form (version 2)', () => {
    const v2 = { ...v1(false), schemaVersion: 2 };
    expect(decodeDocument(profileSpec, v2)?.personalData.handles).toBe(false);
  });
  it('a profile that never had the field is unanswered, not "no"', () => {
    expect(decodeDocument(profileSpec, { schemaVersion: 1, data: { name: 'x' } })?.personalData.handles).toBeNull();
  });
});
