import { describe, expect, it } from 'vitest';
import { sameNamedCompany } from '../../../../shared/workspaces/same-name';

const companies = [
  { id: 'aaaaaa', name: '株式会社やまだ商店' },
  { id: 'bbbbbb', name: 'ＡＢＣ Trading' },
];

describe('same company name warning', () => {
  it('finds a name a supporter would mix up: (株), full-width letters, spaces, case', () => {
    expect(sameNamedCompany(companies, '(株)やまだ商店')?.id).toBe('aaaaaa');
    expect(sameNamedCompany(companies, '株式会社 やまだ商店 ')?.id).toBe('aaaaaa');
    expect(sameNamedCompany(companies, 'abc trading')?.id).toBe('bbbbbb');
  });
  it('does not warn about a different name, or a company about its own name when renamed', () => {
    expect(sameNamedCompany(companies, '株式会社やまだ商店 本店')).toBeNull();
    expect(sameNamedCompany(companies, '株式会社やまだ商店', 'aaaaaa')).toBeNull();
    expect(sameNamedCompany(companies, '  ')).toBeNull();
  });
});
