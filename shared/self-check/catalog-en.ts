import type { QuestionText } from './catalog-types';
import type { QuestionId } from './question-ids';

/** English text of catalog 2026.1 (same facts as the Japanese, in plain words). */
export const catalogEn: Record<QuestionId, QuestionText> = {
  q01: {
    label: 'Updates',
    question: 'Do you keep the operating system and software on your computers and phones up to date?',
    why: 'Old software has known holes that attackers use. Skipping updates alone can let malware in.',
    todo: 'Turn on automatic updates, including routers and other devices. Stop using systems that no longer get updates.',
  },
  q02: {
    label: 'Anti-virus',
    question: 'Is anti-virus software installed, with its virus information kept current?',
    why: 'Out-of-date anti-virus cannot recognise new malware.',
    todo: 'Turn on automatic updates for the virus definitions and cover every device, phones included.',
  },
  q03: {
    label: 'Strong passwords',
    question: 'Are your passwords long and hard to guess?',
    why: 'Short or reused passwords are cracked quickly and lead to taken-over accounts.',
    todo: 'Use at least 10 characters mixing upper and lower case, digits and symbols; no names or birthdays; no reuse. Turn on two-step sign-in where offered.',
  },
  q04: {
    label: 'Access limits',
    question: 'Can only the people who need it see your important information?',
    why: 'When anyone can open it, mistakes or misuse let information leak.',
    todo: 'Give access only to those who need it and remove accounts of people who leave or change roles. Review sharing settings of cloud storage and NAS.',
  },
  q05: {
    label: 'Know new threats',
    question: 'Do you look up new attack methods and share them with your staff?',
    why: 'People who have never heard of a trick fall for it.',
    todo: "Read IPA's alerts and newsletters and brief staff regularly, for example at the morning meeting.",
  },
  q06: {
    label: 'Attachments and links',
    question: 'Are staff careful not to get infected through email attachments and links?',
    why: 'Opening one attachment from a fake "customer" can be enough to infect a PC.',
    todo: 'Check the sender, never enable macros, and report suspicious mail instead of opening it.',
  },
  q07: {
    label: 'Wrong recipients',
    question: 'Do staff take care not to send email or faxes to the wrong address?',
    why: 'One wrong address can leak customer information.',
    todo: 'Check recipients twice before sending, use BCC for groups, and confirm fax numbers.',
  },
  q08: {
    label: 'Sending important data',
    question: 'When important information goes by email, is it in a protected file rather than in the message body?',
    why: 'A message body can be read in transit or by whoever receives it by mistake.',
    todo: 'Encrypt the file or use a secure file-sharing service, and pass the password by another route such as phone.',
  },
  q09: {
    label: 'Wi-Fi',
    question: 'Is your office Wi-Fi protected with proper encryption?',
    why: 'With old encryption or the factory password, people nearby can listen in.',
    todo: 'Use WPA2 or WPA3, change the default password, and keep a separate network for guests.',
  },
  q10: {
    label: 'Web and social media',
    question: 'Do you avoid dangerous websites and take care with social-media posts?',
    why: 'Some sites infect you just by visiting. One careless post can damage your reputation.',
    todo: 'Use web filtering and agree on what may and may not be posted.',
  },
  q11: {
    label: 'Backups',
    question: 'Do you back up your important data?',
    why: 'Without a backup, malware, a broken disk or an accidental delete can mean data is gone for good.',
    todo: 'Back up regularly, keep several generations with one copy offline, and test that you can restore.',
  },
  q12: {
    label: 'Papers and media',
    question: 'Are important papers and USB sticks locked away instead of left on desks?',
    why: 'Papers and media left out can be read or taken.',
    todo: 'Agree on a clear-desk rule and keep them in lockable cabinets.',
  },
  q13: {
    label: 'Taking things out',
    question: 'When laptops or papers leave the office, are they protected against loss and theft?',
    why: 'A laptop or phone lost outside can leak what is on it.',
    todo: 'Encrypt laptops and USB sticks, set a screen lock, and require approval and a log for taking things out.',
  },
  q14: {
    label: 'Lock when away',
    question: 'Do staff lock their screen when they leave their desk?',
    why: 'An unlocked screen can be read or used by anyone passing by.',
    todo: 'Set an automatic lock after a few minutes and lock by hand when leaving.',
  },
  q15: {
    label: 'Office entry',
    question: 'Can only authorised people enter your office?',
    why: 'If anyone can walk in, computers and papers are within reach.',
    todo: 'Have a reception point, lock doors, and keep a visitor log.',
  },
  q16: {
    label: 'Theft of equipment',
    question: 'After work, are laptops and other equipment locked away?',
    why: 'Equipment stolen overnight takes your information with it.',
    todo: 'Use lockable storage or wire locks.',
  },
  q17: {
    label: 'Locking up',
    question: 'Does the last person out check that the office is locked?',
    why: 'A forgotten lock invites theft.',
    todo: 'Give the last person a short checklist and decide who keeps the keys.',
  },
  q18: {
    label: 'Safe disposal',
    question: 'When you throw away papers or computers, is the information made unreadable?',
    why: 'Deleted data can often be recovered with special tools.',
    todo: 'Shred papers; wipe or physically destroy disks. Ask disposal companies for a certificate.',
  },
  q19: {
    label: 'Confidentiality',
    question: 'Do staff understand and keep their duty of confidentiality?',
    why: 'If nobody says what is confidential, people pass it on without meaning harm.',
    todo: 'Have staff sign a confidentiality pledge when they join and leave, and define what is confidential.',
  },
  q20: {
    label: 'Training',
    question: 'Do you train staff in security and remind them regularly?',
    why: 'Most damage starts with one person making one mistake.',
    todo: 'Hold training at least once a year; phishing drills help.',
  },
  q21: {
    label: 'Personal devices',
    question: 'Are there rules for using personal computers and phones for work?',
    why: 'Personal devices are outside your control, and losses are noticed late.',
    todo: 'Decide clearly whether they are allowed and, if so, the minimum (lock, updates).',
  },
  q22: {
    label: 'Contract clauses',
    question: 'Do contracts with partners who handle important information include confidentiality terms?',
    why: 'Without such terms, nobody is clearly responsible when a partner leaks your data.',
    todo: "Put confidentiality and security requirements into contracts and check partners' measures.",
  },
  q23: {
    label: 'Choosing services',
    question: 'Do you check that cloud and web services are safe and reliable before choosing them?',
    why: 'A provider\'s accident or a wrong setting can expose or lose the data you entrusted.',
    todo: 'Check the terms, security features, support and admin settings before you sign up.',
  },
  q24: {
    label: 'Incident readiness',
    question: 'Have you decided who does what when something goes wrong?',
    why: 'Without contacts and steps, the response is slow and the damage spreads.',
    todo: 'Write a contact list and response steps, including the numbers of your IT provider and insurer.',
  },
  q25: {
    label: 'Written rules',
    question: 'Are measures 1–24 written down as company rules and shared with staff?',
    why: 'Rules that only exist in heads are forgotten and applied differently by each person.',
    todo: "Write them down (IPA's handbook template helps), give everyone a copy, and review them every year.",
  },
};
