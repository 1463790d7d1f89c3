/** Every screen's address, in one place (hash routes: Electron loads the page from file://). */
export const paths = {
  home: () => '/',
  clients: () => '/clients',
  client: (id: number) => `/clients/${id}`,
  people: () => '/people',
  person: (id: number) => `/people/${id}`,
  /** The person's page, scrolled to their story. */
  personStory: (id: number) => `/people/${id}?story=1`,
  newEvent: (about: { personId?: number; clientId?: number } = {}) => {
    const query = new URLSearchParams();
    if (about.personId) query.set('person', String(about.personId));
    if (about.clientId) query.set('client', String(about.clientId));
    const text = query.toString();
    return text ? `/events/new?${text}` : '/events/new';
  },
  event: (id: number) => `/events/${id}`,
  planVisit: (clientId?: number) => (clientId ? `/visits/new?client=${clientId}` : '/visits/new'),
  editVisit: (id: number) => `/visits/${id}/edit`,
  visitLog: (id: number) => `/visits/${id}/log`,
  briefing: (id: number) => `/visits/${id}/briefing`,
  followUps: () => '/follow-ups',
  incidents: () => '/incidents',
  knowHow: () => '/know-how',
  /** People and clients that may be recorded twice. */
  duplicates: () => '/duplicates',
  trash: () => '/trash',
  data: () => '/data',
  settings: () => '/settings',
  capture: () => '/capture',
} as const;
