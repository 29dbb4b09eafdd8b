import { describe, expect, it } from 'vitest';
import { likelyStar } from '../../../../shared/scs/triage';
import { createInProcessApi } from '../../../support/in-process-api';

const none = { confidentialOnOurIt: false, outageDelaysCustomer: false, reachesCustomerSystems: false };

describe('which star will a customer ask for', () => {
  it('is ★4 when any of the three answers is yes, ★3 otherwise', () => {
    expect(likelyStar(none)).toBe('star3');
    expect(likelyStar({ ...none, outageDelaysCustomer: true })).toBe('star4');
    expect(likelyStar({ ...none, reachesCustomerSystems: true })).toBe('star4');
  });

  it('is recorded per customer and kept, a missing customer name refused', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    await api.scs.addTriage({ customer: 'みなと精機', ...none });
    await api.scs.addTriage({ customer: 'みなと精機', ...none, confidentialOnOurIt: true, note: '図面を預かることになった' });
    await expect(api.scs.addTriage({ customer: '', ...none })).rejects.toMatchObject({ code: 'invalid_request' });
    const all = await api.scs.triages({});
    expect(all.map((t) => likelyStar(t))).toEqual(['star3', 'star4']);
  });
});
