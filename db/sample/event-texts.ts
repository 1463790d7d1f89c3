import type { LifeEventTypeKey, Tone } from '../../src/catalogue/life-events.ts';

/**
 * How a consultant would title each kind of news. {n} is the first name of the person it is
 * about, {x} another first name (a baby, a new partner, a pet), {t} a town.
 */
export const EVENT_TITLES: Readonly<Record<LifeEventTypeKey, readonly string[]>> = {
  'expecting-baby': ['{n} expecting a baby', "{n}'s daughter expecting"],
  birth: ['New grandchild for {n}: {x}', "{n}'s baby {x} born"],
  adoption: ['{n} adopted {x}'],
  'child-starts-school': ["{n}'s youngest starting school"],
  'child-leaves-home': ["{n}'s son off to university", "{n}'s daughter moved out"],
  'family-gathering': ['Big family get-together at {n}\'s', '{n}\'s family reunion in {t}'],
  'caring-for-someone': ['{n} caring for their mother', '{n} looking after a neighbour'],
  'new-relationship': ['{n} seeing someone new ({x})'],
  engagement: ['{n} engaged to {x}'],
  wedding: ["{n}'s wedding", "{n}'s daughter's wedding in {t}"],
  anniversary: ['{n}: 40th wedding anniversary', '{n}: silver wedding'],
  separation: ['{n} and partner separated'],
  divorce: ['{n} divorce finalised'],
  diagnosis: ['{n} diagnosed with diabetes', '{n}: cancer diagnosis'],
  illness: ['{n} poorly with pneumonia', '{n} off sick for a few weeks'],
  surgery: ["{n}'s hip operation", '{n}: knee replacement', '{n} had heart surgery'],
  'hospital-stay': ['{n} in hospital in {t}', '{n} kept in after a fall'],
  treatment: ['{n} having chemotherapy', '{n}: physio after the operation'],
  recovery: ['{n} recovering well at home'],
  injury: ['{n} broke a wrist', '{n} hurt their back gardening'],
  'mental-health': ['{n} having a hard time'],
  'new-job': ['{n} started a new job', "{n}'s son's new job in {t}"],
  promotion: ['{n} promoted'],
  retirement: ['{n} retiring', '{n} retired after 30 years'],
  redundancy: ['{n} made redundant'],
  award: ['{n} won a local business award', '{n}: long-service award'],
  exams: ["{n}'s granddaughter's GCSEs", "{n}'s son's A levels"],
  graduation: ["{n}'s grandson graduated", '{n} graduated'],
  'started-course': ['{n} started an evening course', '{n} doing an Open University degree'],
  'new-home': ['{n} moved into a new home', '{n} bought a house in {t}'],
  move: ['{n} moving to {t}'],
  renovation: ['{n}: kitchen extension', '{n} having the loft converted'],
  'new-pet': ['{n} got a puppy called {x}', '{n}: new kitten'],
  trip: ['{n} off to Australia to see family', '{n}: cruise round the Norwegian fjords', '{n} walking the Camino'],
  'hobby-milestone': ['{n} finished the Great North Run', '{n} won the allotment show'],
  'big-event': ['{n} going to Wimbledon', '{n} at the Ashes test'],
  'new-business': ['{n} started a business'],
  'new-office': ['Move to new premises in {t}'],
  'new-hire': ['New starter: {x}'],
  'staff-leaving': ['{x} leaving the practice'],
  'owner-retiring': ['{n} handing over the business'],
  'business-anniversary': ['25 years in business'],
  'business-milestone': ['Thousandth customer', 'Record month'],
  'business-sale': ['Business bought by a larger group'],
  'cash-flow-trouble': ['Cash flow tight this quarter'],
  'business-trouble': ['Lost their biggest contract'],
  'business-closing': ['Closing the {t} branch'],
  death: ['{n} died'],
  'pet-death': ["{n}'s dog {x} died"],
  'pregnancy-loss': ['{n}: lost the baby'],
  'other-good-news': ['{n} won the raffle', '{n}: good news from the consultant'],
  other: ['{n} doing jury service', '{n} volunteering at the food bank'],
};

export const EVENT_NOTES: Readonly<Record<Tone, readonly string[]>> = {
  celebration: ['Very excited about it.', 'Showed me photos on the phone.', 'Big family occasion.'],
  neutral: ['Mentioned in passing.', 'Going to plan so far.'],
  sensitive: ['Mentioned quietly at the end of the visit.', 'Would rather not talk about it in front of staff.', 'Ask gently; some days are better than others.'],
  grief: ['Funeral was at St Mary\'s.', 'Very sudden.', 'Family are rallying round.'],
};

export const PET_NAMES: readonly string[] = ['Bramble', 'Biscuit', 'Murphy', 'Poppy', 'Ted', 'Luna', 'Bonnie', 'Monty', 'Pip', 'Skye'];
