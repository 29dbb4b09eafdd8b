import type { Contact } from '../contacts/schema';
import type { RecordEntry, ReviewTopic } from '../records/schema';
import { deviceUpdateFacts, cloudMfaFacts } from '../registers/facts';
import type { Registers } from '../registers/schema';
import type { AnswerValue } from '../self-check/scoring';
import type { QuestionId } from '../self-check/question-ids';
import type { ScsValue } from './schema';

/** Where a proposal comes from: the page names it so the owner sees what it rests on. */
export type ProposalSource = 'devices' | 'networks' | 'cloud' | 'information' | 'partners' | 'admins' | 'trainingLog' | 'restoreTests' | 'reviews' | 'selfCheck' | 'contacts';

/** A suggested answer: never saved until the owner confirms it or changes it. */
export interface Proposal {
  criterionId: string;
  value: ScsValue;
  source: ProposalSource;
  /** The text key of the finding (`scs:proposals.<rule>`) and its values. */
  rule: string;
  facts: Record<string, string | number>;
}

/** Everything the app already knows that a ★3 criterion may rest on. */
export interface ProposalFacts {
  today: string;
  registers: Registers;
  records: RecordEntry[];
  contacts: Contact[];
  /** The answers of the latest finished IPA self-check, if any. */
  selfCheck: Partial<Record<QuestionId, AnswerValue>> | null;
}

const yearAgo = (today: string) => `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
const names = (list: string[]) => list.slice(0, 5).join('、');
const share = (good: number, all: number): ScsValue => (good === all ? 'done' : good === 0 ? 'notDone' : 'partly');
const filled = (...values: (string | null | undefined)[]) => values.every((v) => !!v && v.trim() !== '');

type Rule = (facts: ProposalFacts) => Omit<Proposal, 'criterionId'> | null;

function registerRules(): Record<string, Rule> {
  return {
    '3-1-1-1': ({ registers: { devices } }) => (devices.length ? { value: 'done', source: 'devices', rule: 'deviceList', facts: { count: devices.length } } : null),
    '4-4-4-2': ({ registers: { devices }, today }) => {
      if (!devices.length) return null;
      const f = deviceUpdateFacts(devices, today);
      const late = [...new Set([...f.notRecentlyChecked, ...f.noUpdates])];
      return { value: share(devices.length - late.length, devices.length), source: 'devices', rule: late.length ? 'patchesLate' : 'patchesRecent', facts: { count: devices.length, late: late.length, names: names(late) } };
    },
    '4-4-4-1': ({ registers: { devices }, today }) => {
      if (!devices.length) return null;
      const eol = deviceUpdateFacts(devices, today).endOfLife;
      return { value: eol.length ? 'notDone' : 'done', source: 'devices', rule: eol.length ? 'endOfLife' : 'noEndOfLife', facts: { count: eol.length, names: names(eol) } };
    },
    '3-1-2-1': ({ registers: { networks } }) =>
      networks.length ? { value: share(networks.filter((n) => filled(n.location, n.purpose)).length, networks.length), source: 'networks', rule: 'networkList', facts: { count: networks.length } } : null,
    '3-1-2-2': ({ registers: { networks } }) =>
      networks.length ? { value: share(networks.filter((n) => filled(n.equipment, n.maintainer)).length, networks.length), source: 'networks', rule: 'networkDevices', facts: { count: networks.length } } : null,
    '3-1-3-1': ({ registers: { cloud } }) =>
      cloud.length ? { value: cloud.every((c) => filled(c.contract)) ? 'done' : 'partly', source: 'cloud', rule: 'cloudList', facts: { count: cloud.length } } : null,
    '3-1-4-3': ({ registers: { information } }) =>
      information.length ? { value: information.every((i) => filled(i.manager, i.location, i.retention)) ? 'done' : 'partly', source: 'information', rule: 'informationList', facts: { count: information.length } } : null,
    '2-1-1-1': ({ registers: { partners } }) => {
      const connected = partners.filter((p) => filled(p.access));
      return connected.length ? { value: 'done', source: 'partners', rule: 'partnerSystems', facts: { count: connected.length } } : null;
    },
    '4-1-2-5': ({ registers: { admins } }) => (admins.length ? { value: 'done', source: 'admins', rule: 'adminList', facts: { count: admins.length } } : null),
    '4-1-3-2': ({ registers: { cloud } }) => {
      if (!cloud.length) return null;
      const f = cloudMfaFacts(cloud);
      const open = [...f.mfaOff, ...f.mfaUnknown];
      return { value: share(cloud.length - open.length, cloud.length), source: 'cloud', rule: open.length ? 'mfaMissing' : 'mfaAll', facts: { count: cloud.length, open: open.length, names: names(open) } };
    },
  };
}

/** Yearly reviews the records log keeps, by the criterion that asks for them. */
const reviewCriteria: Record<string, ReviewTopic> = {
  '1-2-1-3': 'organisation',
  '2-1-1-2': 'partners',
  '3-1-1-4': 'deviceRules',
  '3-1-4-2': 'infoClassification',
  '4-2-2-3': 'trainingContent',
  '6-1-1-4': 'incidentResponse',
  '6-1-1-6': 'incidentSharing',
};

function recordRules(): Record<string, Rule> {
  const latest = <R extends RecordEntry>(list: R[]) => [...list].sort((a, b) => b.date.localeCompare(a.date))[0];
  const rules: Record<string, Rule> = {
    '4-2-2-1': ({ records, today }) => {
      const last = latest(records.filter((r) => r.kind === 'training'));
      if (!last) return null;
      return { value: last.date >= yearAgo(today) ? 'done' : 'notDone', source: 'trainingLog', rule: 'trainingLast', facts: { date: last.date } };
    },
    '4-2-2-2': ({ records }) => {
      const trainings = records.filter((r) => r.kind === 'training');
      if (!trainings.length) return null;
      const withPeople = trainings.filter((r) => r.kind === 'training' && r.attendees.trim() !== '').length;
      return { value: withPeople === trainings.length ? 'done' : 'partly', source: 'trainingLog', rule: 'trainingRecorded', facts: { count: trainings.length, withPeople } };
    },
    '4-3-4-3': ({ records, today, selfCheck }): ReturnType<Rule> => {
      const last = latest(records.filter((r) => r.kind === 'restoreTest'));
      if (last && last.kind === 'restoreTest' && last.date >= yearAgo(today)) return { value: last.result === 'ok' ? 'done' : 'partly', source: 'restoreTests', rule: `restore_${last.result}`, facts: { date: last.date } };
      if (selfCheck?.q11 === 'yes' || selfCheck?.q11 === 'partly') return { value: 'partly', source: 'selfCheck', rule: 'backupNoRestoreTest', facts: { answer: selfCheck.q11 } };
      return null;
    },
  };
  for (const [criterionId, topic] of Object.entries(reviewCriteria)) {
    rules[criterionId] = ({ records, today }) => {
      const last = latest(records.filter((r) => r.kind === 'review' && r.topic === topic));
      if (!last) return null;
      return { value: last.date >= yearAgo(today) ? 'done' : 'notDone', source: 'reviews', rule: 'reviewLast', facts: { date: last.date, topic } };
    };
  }
  return rules;
}

const authorities = new Set(['police', 'ipa', 'ppc']);

function otherRules(): Record<string, Rule> {
  return {
    '4-4-5-1': ({ selfCheck, registers: { devices } }) => {
      const answer = selfCheck?.q02;
      if (!answer || answer === 'unknown') return null;
      const covered = devices.filter((d) => d.antiMalware === 'yes').length;
      const value: ScsValue = answer === 'yes' && covered === devices.length ? 'done' : answer === 'no' ? 'notDone' : 'partly';
      return { value, source: 'selfCheck', rule: 'antiMalware', facts: { answer, covered, count: devices.length } };
    },
    '6-1-1-2': ({ contacts }) => {
      const card = contacts.filter((c) => c.callOrder !== null);
      if (!card.length) return null;
      const official = contacts.some((c) => authorities.has(c.role));
      return { value: official ? 'done' : 'partly', source: 'contacts', rule: official ? 'contactsWithAuthorities' : 'contactsNoAuthorities', facts: { count: card.length } };
    },
  };
}

const rules: Record<string, Rule> = { ...registerRules(), ...recordRules(), ...otherRules() };

/** The criteria a proposal rule exists for (what "answer once" can fill at all). */
export const proposalCriteria = Object.keys(rules);

/** Every proposal the company's data supports today, in criterion order. */
export function proposalsFrom(facts: ProposalFacts): Proposal[] {
  return Object.entries(rules)
    .flatMap(([criterionId, rule]) => {
      const found = rule(facts);
      return found ? [{ criterionId, ...found }] : [];
    })
    .sort((a, b) => a.criterionId.localeCompare(b.criterionId, 'en', { numeric: true }));
}
