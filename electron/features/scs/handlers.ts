import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/services';
import { answerSheetFile, packageFile } from './package';
import { addTriage, readTriages } from './triages';
import { importOfficial } from './official-import';
import { answerCriterion, confirm, readWorkbooks, setPledged, setScope, startWorkbook } from './repository';
import { latestWorkbook, workbookView } from './view';

export function scsHandlers(services: Services): Handlers['scs'] {
  const ws = () => services.requestWorkspace();
  return {
    current: ({ today }) => {
      const w = ws();
      const all = readWorkbooks(w);
      const latest = latestWorkbook(all);
      return latest ? workbookView(w, latest, today, all) : null;
    },
    start: ({ year }) => startWorkbook(ws(), year, services.now()),
    setScope: ({ workbookId, scope }) => setScope(ws(), workbookId, scope, services.now()),
    setPledged: ({ workbookId, pledgedOn }) => setPledged(ws(), workbookId, pledgedOn, services.now()),
    answer: (request) => answerCriterion(ws(), { ...request, language: services.settings.get().language }, services.now()),
    confirm: ({ workbookId, target, expert }) => confirm(ws(), workbookId, target, expert, services.now()),
    triages: () => readTriages(ws()),
    addTriage: (input) => addTriage(ws(), input, services.now()),
    importOfficial: ({ fileName, base64 }) => importOfficial(ws(), fileName, base64, services.now()),
    packagePdf: ({ language }) => packageFile(ws(), language, services.now()),
    answerSheet: ({ language }) => answerSheetFile(ws(), language, services.now()),
  };
}
