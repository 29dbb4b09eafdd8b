// The visits feature's public module: the portfolio and the sample portfolio read and write visits here.
export { readVisits, saveVisit } from './repository';
export { visitsSpec } from './documents';
export { baselineOf, checkTotals, contactsNeedingCheck, latestCheck, openActions, overdueActions, readCompany, runningClocks, type CompanyRecords } from './facts';
export { prepareVisit } from './preparation';
