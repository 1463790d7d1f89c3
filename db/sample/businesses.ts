/** The kinds of small business a consultant looks after, with how they are named and staffed. */
export interface BusinessKind {
  /** Name patterns: {s} a family name, {s2} a second one, {t} a town. */
  names: readonly string[];
  ownerTitle: string;
  managerTitle: string;
  staffTitles: readonly string[];
  accessHours: string;
  siteNotes: readonly string[];
}

export const BUSINESS_KINDS: readonly BusinessKind[] = [
  {
    names: ['{s} Dental Practice', '{t} Dental Care', '{s} & {s2} Dentistry'],
    ownerTitle: 'Principal dentist',
    managerTitle: 'Practice manager',
    staffTitles: ['Dental nurse', 'Receptionist', 'Hygienist', 'Associate dentist'],
    accessHours: 'Mon–Fri 8:00–18:00; before 9 or at lunchtime please, not during surgeries',
    siteNotes: ['Server is in the cupboard under the stairs', 'X-ray PC must not be rebooted during clinics', 'Sign in at reception'],
  },
  {
    names: ['{s} & {s2} Accountants', '{s} Tax & Accounts', '{t} Bookkeeping'],
    ownerTitle: 'Partner',
    managerTitle: 'Office manager',
    staffTitles: ['Bookkeeper', 'Payroll clerk', 'Trainee accountant', 'Receptionist'],
    accessHours: 'Mon–Fri 9:00–17:00; avoid January (tax returns)',
    siteNotes: ['Busy in January and at quarter ends', 'Scanner on the first floor landing'],
  },
  {
    names: ['{s} {s2} Solicitors', '{s} & Co Solicitors'],
    ownerTitle: 'Senior partner',
    managerTitle: 'Practice manager',
    staffTitles: ['Legal secretary', 'Conveyancer', 'Paralegal', 'Receptionist'],
    accessHours: 'Mon–Fri 9:00–17:30',
    siteNotes: ['Confidential files: never leave a screen unlocked', 'Comms cabinet in the basement'],
  },
  {
    names: ['{t} Veterinary Surgery', '{s} Vets'],
    ownerTitle: 'Clinical director',
    managerTitle: 'Practice manager',
    staffTitles: ['Vet', 'Veterinary nurse', 'Receptionist'],
    accessHours: 'Mon–Sat 8:00–19:00; quiet between 12 and 2',
    siteNotes: ['Dogs in reception: close the door behind you', 'Practice software server in the office'],
  },
  {
    names: ["{s}'s Bakery", 'The {t} Bakehouse'],
    ownerTitle: 'Owner',
    managerTitle: 'Shop manager',
    staffTitles: ['Baker', 'Counter assistant'],
    accessHours: 'Tue–Sat; after 2pm when the counter is quiet',
    siteNotes: ['Card machine on the 4G backup', 'Router behind the flour sacks (keep it ventilated)'],
  },
  {
    names: ['{s} Family Butchers', '{s} & Sons Butchers'],
    ownerTitle: 'Owner',
    managerTitle: 'Shop manager',
    staffTitles: ['Butcher', 'Counter assistant'],
    accessHours: 'Mon–Sat; Wednesday afternoons are quiet',
    siteNotes: ['Till PC in the back office', 'Cold store door alarm on the same network'],
  },
  {
    names: ['{t} Physio', '{s} Physiotherapy'],
    ownerTitle: 'Lead physiotherapist',
    managerTitle: 'Clinic manager',
    staffTitles: ['Physiotherapist', 'Sports therapist', 'Receptionist'],
    accessHours: 'Mon–Fri 8:00–20:00',
    siteNotes: ['Booking system is cloud-based; tablets on reception'],
  },
  {
    names: ['{s} Architects', '{s} {s2} Design'],
    ownerTitle: 'Director',
    managerTitle: 'Studio manager',
    staffTitles: ['Architect', 'Architectural technician', 'Part II assistant'],
    accessHours: 'Mon–Fri 9:30–17:30',
    siteNotes: ['Large-format plotter on the mezzanine', 'CAD workstations: ask before updating'],
  },
  {
    names: ['{s} & Co Estate Agents', '{t} Homes'],
    ownerTitle: 'Director',
    managerTitle: 'Branch manager',
    staffTitles: ['Negotiator', 'Lettings manager', 'Administrator'],
    accessHours: 'Mon–Sat 9:00–17:30',
    siteNotes: ['Window display screens on a timer'],
  },
  {
    names: ['{t} Garage', "{s}'s Motors"],
    ownerTitle: 'Owner',
    managerTitle: 'Service manager',
    staffTitles: ['Mechanic', 'Service advisor'],
    accessHours: 'Mon–Fri 8:00–17:30; park on the forecourt',
    siteNotes: ['Diagnostics laptop lives in the workshop: oily', 'Office PC shared by everyone (one login)'],
  },
  {
    names: ['The {t} Café', '{s} & {s2} Coffee'],
    ownerTitle: 'Owner',
    managerTitle: 'Café manager',
    staffTitles: ['Barista', 'Chef'],
    accessHours: 'After 3pm when lunch is over',
    siteNotes: ['Guest Wi-Fi and till share a router: keep them on separate networks'],
  },
  {
    names: ['{t} Opticians', '{s} Eyecare'],
    ownerTitle: 'Optometrist and owner',
    managerTitle: 'Practice manager',
    staffTitles: ['Optometrist', 'Dispensing optician', 'Receptionist'],
    accessHours: 'Mon–Sat 9:00–17:30',
    siteNotes: ['Retinal camera PC must stay on Windows 10 until the vendor says otherwise'],
  },
];

export const HOUSEHOLD_SITE_NOTES: readonly string[] = [
  'Router is in the front room behind the television', 'Printer upstairs in the spare room', 'Wi-Fi password on the fridge',
  'Key safe by the back door (code from Sue)', 'Dog barks but is friendly', 'Broadband comes in at the back bedroom',
];

export const HOUSEHOLD_ACCESS: readonly string[] = ['Weekday mornings', 'Any time after 10', 'Not Tuesdays (hospital appointments)', 'Afternoons; ring ahead', 'Evenings only (both work)'];

export const PARKING: readonly string[] = [
  'On the drive', 'Pay and display on Station Road (2 hours)', 'Customer car park at the back', 'On-street, permit holders only: ask for a visitor permit',
  'Round the back by the bins', 'Supermarket car park across the road', 'Plenty on the street',
];

export const CLIENT_NOTES: readonly string[] = [
  'Pays promptly.', 'Prefers invoices by post.', 'Maintenance contract: four hours a month.', 'Referred by the Bakers.',
  'Old Windows 7 machine in the back they will not retire (runs the embroidery machine).', 'Ask before ordering anything over £200.',
  'Very security-conscious after a scam last year.', 'Happy for me to let myself in with the key safe.',
];
