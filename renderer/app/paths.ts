/** Every screen's address, in one place (hash routes: Electron loads the page from file://). */
export const paths = {
  home: () => '/',
  /** The agenda: the week (or, with `view: 'day'`, the day) holding `date`; this week without one. */
  agenda: (at: { date?: string; view?: 'week' | 'day' } = {}) => {
    const query = new URLSearchParams();
    if (at.date) query.set('date', at.date);
    if (at.view === 'day') query.set('view', 'day');
    const text = query.toString();
    return text ? `/agenda?${text}` : '/agenda';
  },
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
  /** `at`: the start to offer (a slot chosen on the agenda, which the form then returns to). */
  planVisit: (clientId?: number, at?: string) => {
    const query = new URLSearchParams();
    if (clientId) query.set('client', String(clientId));
    if (at) query.set('at', at);
    const text = query.toString();
    return text ? `/visits/new?${text}` : '/visits/new';
  },
  editVisit: (id: number) => `/visits/${id}/edit`,
  visitLog: (id: number) => `/visits/${id}/log`,
  briefing: (id: number) => `/visits/${id}/briefing`,
  followUps: () => '/follow-ups',
  incidents: () => '/incidents',
  knowHow: () => '/know-how',
  trash: () => '/trash',
  data: () => '/data',
  settings: () => '/settings',
  capture: () => '/capture',
} as const;
