/** British names and places for the sample data, by generation so a grandmother is not called Poppy. */

export type Sex = 'f' | 'm';
export type Generation = 'older' | 'middle' | 'young';

export const GIVEN_NAMES: Readonly<Record<Generation, Readonly<Record<Sex, readonly string[]>>>> = {
  older: {
    f: ['Margaret', 'Patricia', 'Susan', 'Linda', 'Christine', 'Janet', 'Carol', 'Elizabeth', 'Barbara', 'Jean', 'Pauline', 'Maureen', 'Sheila', 'Brenda', 'Valerie', 'Jennifer', 'Gillian', 'Ann', 'Sandra', 'Kathleen', 'Dorothy', 'Joan', 'Eileen', 'Irene', 'Shirley', 'Sylvia', 'Marion', 'Hilary', 'Judith', 'Rosemary', 'Renée', 'Siân'],
    m: ['John', 'David', 'Michael', 'Peter', 'Robert', 'Anthony', 'Brian', 'Alan', 'Christopher', 'Keith', 'Geoffrey', 'Colin', 'Derek', 'Roger', 'Malcolm', 'Graham', 'Kenneth', 'Trevor', 'Barry', 'Terence', 'Raymond', 'Dennis', 'Gordon', 'Clive', 'Nigel', 'Stuart', 'Ian', 'Roy', 'Leslie', 'Frank', 'William', 'Seán'],
  },
  middle: {
    f: ['Sarah', 'Claire', 'Emma', 'Nicola', 'Joanne', 'Rachel', 'Lisa', 'Helen', 'Karen', 'Louise', 'Samantha', 'Victoria', 'Kelly', 'Rebecca', 'Amanda', 'Laura', 'Gemma', 'Michelle', 'Catherine', 'Joanna', 'Kate', 'Donna', 'Jane', 'Alison', 'Angela', 'Tracey', 'Julie', 'Deborah', 'Fiona', 'Kirsty', 'Siobhán', 'Priya'],
    m: ['Paul', 'Mark', 'Andrew', 'Richard', 'James', 'Stephen', 'Simon', 'Matthew', 'Darren', 'Jason', 'Lee', 'Neil', 'Gary', 'Martin', 'Daniel', 'Craig', 'Jonathan', 'Adam', 'Philip', 'Wayne', 'Carl', 'Dean', 'Scott', 'Gareth', 'Rhys', 'Ben', 'Tom', 'Chris', 'Rob', 'Dave', 'Sanjay', 'Imran'],
  },
  young: {
    f: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Lily', 'Freya', 'Ivy', 'Florence', 'Poppy', 'Evie', 'Sophie', 'Grace', 'Ella', 'Isabella', 'Mia', 'Rosie', 'Willow', 'Daisy', 'Phoebe', 'Harriet', 'Chloë', 'Megan', 'Holly', 'Jessica', 'Zoë', 'Niamh', 'Aoife', 'Ffion', 'Anaya', 'Maya'],
    m: ['Oliver', 'George', 'Harry', 'Noah', 'Jack', 'Leo', 'Arthur', 'Muhammad', 'Oscar', 'Charlie', 'Jacob', 'Alfie', 'Freddie', 'Theo', 'Archie', 'Henry', 'Joshua', 'Finley', 'Samuel', 'Reuben', 'Ethan', 'Callum', 'Kieran', 'Liam', 'Owen', 'Rory', 'Ewan', 'Dylan', 'Arjun', 'Rohan'],
  },
};

export const generationOf = (birthYear: number): Generation => (birthYear < 1962 ? 'older' : birthYear < 1992 ? 'middle' : 'young');

/** What friends call them, for the names that usually have one. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  Margaret: 'Peggy',
  Elizabeth: 'Liz',
  Patricia: 'Pat',
  Kathleen: 'Kath',
  Dorothy: 'Dot',
  Jennifer: 'Jenny',
  Robert: 'Bob',
  William: 'Bill',
  Anthony: 'Tony',
  Terence: 'Terry',
  Christopher: 'Chris',
  Kenneth: 'Ken',
  Raymond: 'Ray',
  Samantha: 'Sam',
  Rebecca: 'Becky',
  Victoria: 'Vicky',
  Alfred: 'Alf',
};

export const FAMILY_NAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker',
  'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward',
  'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'Scott', 'Phillips', 'Watson', 'Parker', 'Price', 'Bennett', 'Young',
  'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Khan', 'Marshall',
  'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt',
  'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens',
  'Jenkins', 'Murray', 'Dixon', 'Harvey', "O'Brien", 'Ó Súilleabháin', 'Nuñez', 'Brontë', 'Featherstone', 'Ackroyd', 'Sutcliffe', 'Hepworth', 'Oldroyd',
];

export const TOWNS: readonly string[] = [
  'Harrogate', 'Otley', 'Ilkley', 'Skipton', 'Knaresborough', 'Wetherby', 'Ripon', 'Keighley', 'Bingley', 'Headingley', 'Chapel Allerton', 'Horsforth',
  'Pudsey', 'Shipley', 'Saltaire', 'Guiseley', 'Boston Spa', 'Tadcaster', 'Pateley Bridge', 'Burley-in-Wharfedale',
];

export const STREETS: readonly string[] = [
  'High Street', 'Station Road', 'Church Lane', 'Mill Lane', 'Park Avenue', 'Victoria Road', 'The Green', 'Manor Road', 'Westgate', 'Kirkgate',
  'Bondgate', 'Main Street', 'Moor Lane', 'Beech Grove', 'Orchard Close', 'Chapel Street', 'Back Lane', 'Crossgates', 'Market Place', 'Low Road',
];

export const POSTCODE_AREAS: readonly string[] = ['LS21', 'LS29', 'HG1', 'HG2', 'HG5', 'BD16', 'BD18', 'BD23', 'LS22', 'LS23', 'LS18', 'LS6', 'LS7'];

export const INTERESTS: readonly string[] = [
  'allotment', 'Leeds United', 'Yorkshire cricket', 'bowls', 'birdwatching', 'the church choir', 'sea swimming', 'fell walking', 'family history',
  'crosswords', 'baking', 'the WI', 'golf', 'Harrogate Town', 'rugby league', 'cycling the Dales', 'watercolours', 'amateur dramatics', 'vintage cars',
  'model railways', 'bridge club', 'gardening', 'the grandchildren', 'caravanning', 'park run', 'quiz nights', 'knitting', 'jazz', 'Strictly',
  'the dog (a springer spaniel called Bramble)', 'racing pigeons', 'cold-water swimming', 'brass band', 'U3A classes', 'fishing on the Wharfe',
];

export const PREFERENCES: readonly string[] = [
  'lemon drizzle cake', 'tea, milk, no sugar', 'coffee, black', 'a proper mug, not a cup', 'ginger nuts', 'would rather you rang than e-mailed',
  'likes a chat before getting started', 'prefers appointments before 11', 'do not ring on Thursdays (hospital visits)', 'custard creams',
  'dislikes jargon', 'likes everything written down afterwards', 'Yorkshire Tea only', 'oat milk', 'rich tea biscuits', 'shoes off at the door',
];

export const EXPLAIN_HOW: readonly string[] = [
  'Step by step, written on paper to keep by the computer', 'Show once, then let them do it while you watch', 'Big picture first; skip the details',
  'Likes to know why it broke, in plain words', 'Prefers a short e-mail summary after the visit', 'Analogies help (plumbing works well)',
  'Technical detail is welcome; used to work in engineering', 'Draw a diagram', 'Keep it short; they are busy',
];

export const FOLLOW_UP_TIMES: readonly string[] = ['weekday evenings after 6', 'mornings before 10', 'lunchtime', 'any time', 'not on Sundays', 'after school pick-up'];

export const PERSON_NOTES: readonly string[] = [
  'Keeps the passwords in a red notebook in the kitchen drawer.', 'Hard of hearing on the left side; sit on the right.', 'Does the books for the family business too.',
  'Worries about scams; reassure.', 'Very organised; has a list ready for every visit.', 'Gets anxious when the screen changes after updates.',
];
