/** What visits, promises, incidents and questions sound like. {n} is the first name of someone there. */

export const VISIT_PURPOSES: readonly string[] = [
  'Quarterly check-up', 'Printer not scanning to e-mail', 'New laptop set-up', 'Backup check', 'Wi-Fi dropping out upstairs', 'Windows updates',
  'Move to Microsoft 365', 'Replace the router', 'E-mail on the new phone', 'Slow PC', 'Set up a new starter', 'Annual security review',
  'Smart TV and streaming', 'Photos from the old phone', 'Card machine keeps disconnecting', 'Server disk warning', 'CCTV recorder not recording',
  'Password manager for the family', 'Mesh Wi-Fi install', 'Online banking help', 'iPad for video calls with the grandchildren', 'Replace a failing hard drive',
];

export const VISIT_NOTES: readonly string[] = [
  'Tea and biscuits as usual; {n} wanted to chat about the cricket first.',
  'Quiet visit. {n} was in good spirits.',
  '{n} had a list of questions ready; went through all of them.',
  'Asked about scam e-mails again; went through the warning signs with {n}.',
  '{n} was busy with customers, so we kept it short.',
  'Showed {n} how to check the backup is working: green tick in the corner.',
  '{n} mentioned the broadband contract ends in the spring; worth reviewing prices then.',
  'Office was short-staffed today; {n} covering reception.',
  'Took longer than planned: the updates had not run for months.',
  '{n} asked for a written summary; e-mailed it from the car.',
  'The dog was delighted to see me. {n} says hello.',
  '{n} would like a quote for a second screen at reception.',
];

export const WORK_DONE: readonly string[] = [
  'Installed updates on every machine; rebooted the server out of hours.',
  'Replaced the toner, cleared a paper jam, set scan-to-email to the new address.',
  'Moved mailboxes to Microsoft 365 and set up the phones.',
  'Checked last night\'s backup restores (tested three files); cleared old snapshots.',
  'Fitted a mesh Wi-Fi unit on the landing; signal now good in every room.',
  'Set up the new laptop, copied documents and bookmarks, removed the trial software.',
  'Replaced the router; new Wi-Fi name and password written on the card by the phone.',
  'Cleaned up start-up programs; the PC now starts in under a minute.',
  'Renewed antivirus, turned on two-factor for e-mail and banking.',
  'Swapped the failing disk, rebuilt the mirror, no data lost.',
  'Set up a shared family photo album and showed how to add to it.',
  'Created accounts for the new starter and added them to the rota and e-mail groups.',
];

export const FOLLOW_UP_CONTEXTS: readonly string[] = [
  'Installed the new router; ask whether the signal upstairs is better. If they ask: the old router can go to the tip on Mill Lane; the password is on the card by the phone.',
  'Moved e-mail to 365; check the phone still gets mail. If asked: old messages are all in the "Archive" folder, nothing was lost.',
  'Replaced the disk; check the nightly backup e-mail arrives. The warranty on the new disk is 5 years.',
  'Showed them video calls on the iPad; ring to see if the Sunday call with the grandchildren worked.',
  'Quote for the second screen: about £180 fitted; they wanted to think about it.',
  'Printer scan-to-email set up; check it still works after the printer\'s own update.',
  'New starter begins Monday; check they could log in and the rota app works.',
  'Check the card machine has not dropped out again since moving the router.',
];

export const FOLLOW_UP_OUTCOMES: readonly string[] = [
  'All fine; much better now.', 'Left a voicemail; they rang back happy.', 'Small problem with the phone; talked them through it.',
  'They want to go ahead; booked a visit.', 'Not needed after all.', 'Working well; thanked me for ringing.',
];

export interface IncidentText {
  summary: string;
  impact: string;
  cause: string;
  prevention: string;
}

export const INCIDENTS: readonly IncidentText[] = [
  {
    summary: 'Nobody could print',
    impact: 'Reception could not print invoices for half a day',
    cause: 'After a power cut the printer took a new network address and the PCs still looked for the old one',
    prevention: 'Gave the printer a fixed address on the router',
  },
  {
    summary: 'E-mail stopped arriving',
    impact: 'Two days of customer e-mails bounced',
    cause: 'The card paying for the domain had expired, so the domain lapsed',
    prevention: 'Domain on auto-renew with the new card; I get a reminder 30 days before',
  },
  {
    summary: 'Server ran out of disk space',
    impact: 'The booking system stopped saving appointments',
    cause: 'Old backups were never pruned',
    prevention: 'Backups kept for 30 days; alert at 80% full',
  },
  {
    summary: 'Wi-Fi and card machine down',
    impact: 'Cash only for a morning',
    cause: 'The router overheated behind the fridge',
    prevention: 'Moved the router to a ventilated shelf; 4G backup for the card machine',
  },
  {
    summary: 'Ransomware scare on the front desk PC',
    impact: 'One PC locked and its files encrypted; nothing else touched',
    cause: 'A macro in a fake invoice e-mail',
    prevention: 'Office macros blocked, staff briefing, offsite backups tested monthly',
  },
  {
    summary: 'Laptop stolen from a car',
    impact: 'A day of work lost and worry about client data',
    cause: 'Left on the back seat at the supermarket',
    prevention: 'Disk encryption on all laptops; remote wipe switched on',
  },
  {
    summary: 'Phones down',
    impact: 'Could not take bookings all afternoon',
    cause: 'Broadband fault at the exchange',
    prevention: 'Phone system now fails over to a 4G line',
  },
  {
    summary: 'Accounts software would not open',
    impact: 'Payroll a day late',
    cause: 'An automatic update failed half-way through',
    prevention: 'Updates now run on Friday evenings after a snapshot',
  },
  {
    summary: 'Shared folder disappeared',
    impact: 'Client letters missing for an hour',
    cause: 'Dragged into the wrong folder by accident',
    prevention: 'Previous versions switched on so it can be put back in minutes',
  },
  {
    summary: 'Quotes going to customers\' spam',
    impact: 'Customers not seeing quotes for weeks',
    cause: 'No SPF or DKIM records for the domain',
    prevention: 'Added SPF, DKIM and DMARC records',
  },
];

export interface KnowHowText {
  question: string;
  answer: string;
}

export const KNOW_HOW: readonly KnowHowText[] = [
  { question: 'How do I scan a letter to e-mail?', answer: 'Press "Scan", choose your name from the list, press the green button. It arrives in a minute or two.' },
  { question: 'Why does the laptop keep saying it needs to restart?', answer: 'Windows has installed updates. Restart at the end of the day; it takes about ten minutes, so leave it plugged in.' },
  { question: 'Is this e-mail from the bank real?', answer: 'If it asks you to click a link to "confirm" anything, no. Ring the number on the back of your card instead.' },
  { question: 'How do I share photos with the family?', answer: 'Open Photos, pick the pictures, tap Share, then the "Family" album. Everyone in the album sees them.' },
  { question: 'How do I change the Wi-Fi password?', answer: 'Log in to the router at the address on its sticker; it is under Wireless > Security. Write the new one on the card by the phone.' },
  { question: 'What is the difference between the cloud and a backup?', answer: 'The cloud keeps your current files in sync everywhere; a backup keeps older copies so you can go back after a mistake. You want both.' },
  { question: 'How do I print double-sided?', answer: 'In the print window choose "Printer properties", then "Print on both sides (flip on long edge)".' },
  { question: 'Why is the internet slow in the evening?', answer: 'Everyone on the street is streaming; the line is shared at the cabinet. A faster package or a wired connection for the TV helps.' },
  { question: 'How do I join a video call?', answer: 'Click the link in the invitation e-mail, choose "Join in browser", allow the camera and microphone.' },
  { question: 'Do I need antivirus on a Mac?', answer: 'The built-in protection is enough if you keep it up to date and only install apps from the App Store.' },
  { question: 'How do I set an out-of-office reply?', answer: 'In Outlook: File > Automatic Replies, tick "Send automatic replies", write the message, set the dates.' },
  { question: 'Where did the file I saved yesterday go?', answer: 'Open File Explorer and look under "Recent"; it is usually in Documents or Downloads.' },
  { question: 'Should I pay for more iCloud storage?', answer: 'Yes, the 50 GB plan (99p a month) is enough for the photos and keeps the phone backed up.' },
  { question: 'How do I add a new starter to the rota system?', answer: 'Admin > Staff > Add; their login arrives by e-mail. Remember to set their working days.' },
];

export const ACKNOWLEDGEMENT_NOTES: Readonly<Record<'celebration' | 'neutral' | 'sensitive' | 'grief', readonly string[]>> = {
  celebration: ['Asked; delighted to talk about it and showed photos.', 'Asked; all went well.', 'Congratulated them.'],
  neutral: ['Asked; going to plan.', 'Asked; nearly done now.', 'Mentioned it briefly.'],
  sensitive: ['Asked gently; he is recovering.', 'Asked; still difficult, did not press.', 'Asked; much better than last time.'],
  grief: ['Said how sorry I was.', 'Asked how they were coping; they appreciated it.', 'Sent a card as well.'],
};
