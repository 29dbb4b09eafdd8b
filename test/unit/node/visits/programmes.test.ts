import { describe, expect, it } from 'vitest';
import { stepsToText, textToSteps } from '../../../../renderer/src/features/visits/programme-text';
import { createInProcessApi } from '../../../support/in-process-api';

describe('visit programmes', () => {
  it('start as IPA’s four visits, the ★★ path and the ★3 confirmation, and keep a company’s edited copy', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    const builtIn = await api.visits.programmes();
    expect(builtIn.map((p) => [p.id, p.steps.length])).toEqual([['ipa-four-visits', 4], ['security-action-2', 4], ['scs-star3', 3], ['after-incident', 2]]);
    const edited = builtIn.slice(0, 1).map((p) => ({ ...p, steps: textToSteps(`${stepsToText(p)}\n第5回 振り返り：一年の計画、次の目標`) }));
    await api.visits.saveProgrammes({ programmes: edited });
    const [mine] = await api.visits.programmes();
    expect(mine!.steps.at(-1)).toEqual({ title: '第5回 振り返り', topics: ['一年の計画', '次の目標'] });
    expect(await api.visits.programmes()).toHaveLength(1);
  });

  it('go back to the built-in ones on reset, in the app’s language at that time', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    const builtIn = await api.visits.programmes();
    await api.visits.saveProgrammes({ programmes: builtIn.slice(0, 1).map((p) => ({ ...p, name: '当社向けの4回' })) });
    expect((await api.visits.programmes()).map((p) => p.name)).toEqual(['当社向けの4回']);
    expect(await api.visits.resetProgrammes()).toEqual(builtIn);
    expect(await api.visits.programmes()).toEqual(builtIn);
    await api.settings.setLanguage({ language: 'en' });
    const english = await api.visits.programmes();
    expect(english.map((p) => p.id)).toEqual(builtIn.map((p) => p.id));
    expect(english[0]!.name).not.toBe(builtIn[0]!.name);
  });

  it('reads the editor’s lines: a title alone, or a title with topics after a colon', () => {
    expect(textToSteps('現状把握\n\n基本方針: 案, 役割 ')).toEqual([{ title: '現状把握', topics: [] }, { title: '基本方針', topics: ['案', '役割'] }]);
  });
});
