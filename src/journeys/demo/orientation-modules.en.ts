import type { DemoModuleText } from './orientation-destinations.js';

/** The demo orientation in English, for any destination of the demo corridors. */
export const ENGLISH: DemoModuleText = {
  rights_and_duties: (f) => ({
    title: `Your rights and duties in ${f.country}`,
    body: [
      `In ${f.country} you have the same rights at work as a national worker doing the same job: the same minimum wage and collective agreement, the same working hours and rest, the same protection against discrimination and dismissal without reason.`,
      `Your passport and permit are yours. Nobody — employer, recruiter or landlord — may keep them. If someone asks to hold them, say no and tell the partnership contact.`,
      `Your duties: respect the law and your contract, keep your residence documents valid, and ${f.registration}.`,
      'You may join a trade union, whatever your nationality. Recruitment fees are not yours to pay: under this partnership you pay nothing to get the job.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'Your employer offers to keep your passport "for safety". What do you do?',
        choices: [
          'Hand it over',
          'Keep it yourself and tell the partnership contact',
          'Give it to a colleague',
        ],
        answer: 1,
        explanation: 'Your documents are yours; keeping them is a warning sign of forced labour.',
      },
      {
        prompt: 'Compared with a national colleague in the same job, your wage must be…',
        choices: ['Lower at first', 'The same', 'Whatever you agree'],
        answer: 1,
        explanation:
          'Equal treatment: the same minimum wage and collective agreement apply to you.',
      },
      {
        prompt: 'Who pays the recruitment fees in this partnership?',
        choices: ['You', 'Nobody asks you to pay any', 'Your family'],
        answer: 1,
        explanation: 'Fair recruitment: the worker pays no fee to get the job.',
      },
    ],
  }),
  contract: (f) => ({
    title: 'Your contract and how to read it',
    body: [
      'Read the whole contract before you sign, in a language you understand; ask for a translation if you need one. You receive a signed copy: keep it, and a photo of it on your phone.',
      'Check these lines: the employer and the workplace; your job title and tasks; the gross wage and how often it is paid; the hours per week and overtime pay; paid holidays; the trial period; the start and end dates; the notice period; who pays travel and housing, and whether anything is deducted from your wage.',
      `A gross wage is before tax and social contributions; the net wage is what reaches your account. Your payslip shows both. In ${f.country} your contract may not offer less than the law and the sector's collective agreement.`,
      'A change to the contract is written and signed by both sides; nobody can change it by telling you.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'What is the net wage?',
        choices: [
          'The wage before tax',
          'What reaches your account after tax and contributions',
          'The wage plus overtime',
        ],
        answer: 1,
        explanation: 'Gross is before tax and contributions; net is what you receive.',
      },
      {
        prompt: 'Your manager says your hours change from next week. Is the contract changed?',
        choices: [
          'Yes, from now on',
          'Only when a written change is signed by both sides',
          'Only if a colleague heard it',
        ],
        answer: 1,
        explanation: 'Contract changes are written and signed by both sides.',
      },
      {
        prompt: 'Before signing a contract in a language you do not read well, you…',
        choices: [
          'Sign quickly to keep the job',
          'Ask for a translation and questions answered',
          'Sign and read later',
        ],
        answer: 1,
        explanation: 'You have the right to understand what you sign.',
      },
    ],
  }),
  cost_of_living: (f) => ({
    title: 'Cost of living and sending money home',
    body: [
      `Make a monthly budget before you travel: rent and charges, transport, food, phone, health insurance, and what you send home. Rents in the cities of ${f.country} take a large share of a first salary; a deposit of one to three months' rent is common.`,
      'Your first wage may come a month after you start: bring enough to live on for the first weeks.',
      'To send money home, compare the total cost: the fee and the exchange rate margin together. Regulated banks and transfer services are safer than carrying cash or informal couriers; sending once a month usually costs less than small weekly transfers.',
      'Keep a small emergency saving. Nobody may take a share of your wage for having found you the job.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'The cost of a transfer home is…',
        choices: ['Only the fee', 'The fee and the exchange rate margin', 'Always free online'],
        answer: 1,
        explanation: 'A "free" transfer can hide its cost in a poor exchange rate.',
      },
      {
        prompt: 'When will your first wage arrive?',
        choices: [
          'On the first day',
          'Possibly only after a month: plan for it',
          'Before you travel',
        ],
        answer: 1,
        explanation: 'Wages are usually paid monthly, after the work is done.',
      },
      {
        prompt: 'Which is usually cheaper?',
        choices: ['One transfer a month', 'Many small transfers a week'],
        answer: 0,
        explanation: 'Fixed fees make small frequent transfers expensive.',
      },
    ],
  }),
  health_and_social_security: (f) => ({
    title: 'Health and social security',
    body: [
      `From your first working day you are covered by social security in ${f.country}: ${f.socialSecurity}.`,
      'Your contributions count towards sickness pay, accidents at work, unemployment and a pension. Ask whether a social-security agreement between your country and the destination lets you keep or transfer your pension rights, and keep every payslip and certificate: you will need them when you return.',
      'If you are ill, tell your employer the same day and see a doctor: a medical certificate protects your wage and your job. An accident at work is declared by the employer; insist that it is.',
      'In an emergency call 112, free from any phone in the European Union.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'The emergency number in the European Union is…',
        choices: ['911', '112', '15'],
        answer: 1,
        explanation: '112 works free from any phone in every EU country.',
      },
      {
        prompt: 'You are ill and cannot work. What protects your wage and your job?',
        choices: [
          'Staying home without a word',
          'Telling the employer the same day and a medical certificate',
          'Asking a friend to work for you',
        ],
        answer: 1,
        explanation: 'Notice and a medical certificate are what the law asks for.',
      },
      {
        prompt: 'Why keep your payslips after you return home?',
        choices: ['They prove contributions for your pension and benefits', 'They are not useful'],
        answer: 0,
        explanation: 'Pension and benefit rights are proven by contribution records.',
      },
    ],
  }),
  culture_and_language: (f) => ({
    title: `Living in ${f.country}: culture and language basics`,
    body: [
      `Languages: ${f.languages}. Learn a few words before you leave; a language course is part of your arrival plan. Start with ${f.greeting}.`,
      'At work, punctuality matters: arriving on time, or warning before you are late, is expected. Meetings start on time; people say openly when they disagree, and that is not rude.',
      'Ask questions when you do not understand an instruction, especially about safety. Colleagues usually prefer a question to a mistake.',
      'Winter days are short and cold: bring warm clothes or budget for them. Meet other people from your country through the diaspora association of the partnership, and people from the destination through sport, language cafés and volunteering.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'You will be 15 minutes late. What is expected?',
        choices: [
          'Nothing, it is normal',
          'Warn your manager before the start time',
          'Explain the next day',
        ],
        answer: 1,
        explanation: 'Punctuality, or warning in advance, is expected at work.',
      },
      {
        prompt: 'You did not understand a safety instruction. You…',
        choices: ['Guess', 'Ask again until it is clear', 'Wait to see what others do'],
        answer: 1,
        explanation: 'A question is always better than an accident.',
      },
      {
        prompt: `Which languages will you hear in ${f.country}?`,
        choices: [f.languages, 'Only English'],
        answer: 0,
        explanation: `In ${f.country}: ${f.languages}.`,
      },
    ],
  }),
  grievance: (f) => ({
    title: 'How to raise a grievance and whom to call',
    body: [
      'Something is wrong — a late or missing wage, unpaid overtime, unsafe work, harassment, a document taken from you. Write down what happened, when, and who was there; keep messages, payslips and photos.',
      'Talk first to your manager if you can. If that does not help, or if the problem is the manager, contact the partnership contact named in your journey page, or a trade union: they can speak for you.',
      `For unpaid wages or unsafe work, ${f.inspectorate} can inspect your workplace; you do not need your employer's agreement to contact it. Your embassy or consulate helps with documents and in serious trouble. In danger, call 112.`,
      'Raising a grievance cannot be a reason to dismiss you or to end your permit. You can raise it in Passerelle too: it stays on your journey and is followed up.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'Your wage is two weeks late. What do you keep?',
        choices: [
          'Nothing, just wait',
          'Your payslips, messages and notes with dates',
          'Only your memory',
        ],
        answer: 1,
        explanation: 'Written records make a grievance easy to follow up.',
      },
      {
        prompt: 'The problem is with your manager. Whom can you contact?',
        choices: ['Nobody', 'The partnership contact or a trade union', 'Only your family'],
        answer: 1,
        explanation: 'The partnership contact and unions can speak for you.',
      },
      {
        prompt: 'Can you be dismissed for raising a grievance?',
        choices: ['Yes', 'No, that is not a lawful reason'],
        answer: 1,
        explanation: 'Retaliation for a complaint is forbidden.',
      },
    ],
  }),
};
