// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('the briefing for a visit', () => {
  let store: TempStore;
  let api: ApiClient;
  let visitId: number;
  let babyId: number;

  beforeEach(async () => {
    // Thursday 16 July 2026, 10:00 in London; the visit is tomorrow morning.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-16T09:00:00Z'));
    store = await tempStore();
    api = inProcessApi(store);
    const client = await api.call('clients:create', { name: 'The Bakers', kind: 'household', parking: 'On the drive', askFor: 'Sue' });
    const sue = await api.call('people:create', {
      givenName: 'Sue',
      familyName: 'Baker',
      clientId: client.id,
      role: 'family',
      interests: 'allotment, Leeds United, crosswords, birdwatching, baking',
    });
    const tom = await api.call('people:addRelative', { personId: sue.id, relativeIs: 'spouse', relative: { givenName: 'Tom', familyName: 'Baker', birthday: { month: 7, day: 20, year: null } } });
    await api.call('events:create', { typeKey: 'retirement', title: 'Tom retired', date: '2026-06-01', precision: 'day', personIds: [tom.other.id] });
    babyId = (await api.call('events:create', { typeKey: 'birth', title: 'Grandchild Lily born', date: '2026-07-01', precision: 'day', personIds: [sue.id] })).id;
    await api.call('events:create', { typeKey: 'surgery', title: 'Hip operation', date: '2026-06-01', precision: 'month', ongoing: true, personIds: [sue.id] });
    await api.call('people:markDeceased', { id: tom.other.id, diedOn: '2026-07-02' });

    const last = await api.call('visits:create', { clientId: client.id, startsAt: '2026-06-10T09:00:00Z', workDone: 'Replaced the router', notes: 'Sue wants the printer looked at next time.' });
    await api.call('visits:complete', { id: last.id });
    await api.call('followUps:create', { clientId: client.id, personId: sue.id, dueAt: '2026-07-10T17:00:00Z', kind: 'call', context: 'Check the backup drive' });
    await api.call('incidents:create', { clientId: client.id, startedAt: '2026-06-09T08:00:00Z', summary: 'Printer stopped scanning', cause: 'A firmware update reset the settings' });
    visitId = (await api.call('visits:create', { clientId: client.id, startsAt: '2026-07-17T09:00:00Z', purpose: 'Set up the new printer', expectedPersonIds: [sue.id] })).id;
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    store.dispose();
  });

  const open = async () => {
    const view = renderAppAt(`#/visits/${visitId}/briefing`, api);
    // Room for a busy machine: the first render loads the whole screen.
    await screen.findByRole('heading', { level: 1, name: 'Briefing: The Bakers' }, { timeout: 10_000 });
    const sue = await screen.findByRole('article', { name: 'Sue Baker' });
    return { view, sue };
  };
  const texts = (list: HTMLElement) => within(list).getAllByRole('listitem').map((li) => li.textContent);

  it('shows the visit, the person you will see and the client, with a way to log it and to print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    const { sue } = await open();

    expect(screen.getByText('17 Jul 2026, 10:00 (tomorrow)')).toBeInTheDocument();
    expect(screen.getByText('Set up the new printer')).toBeInTheDocument();
    expect(within(sue).getByText(/^Family · expected at this visit/)).toBeInTheDocument();
    expect(within(sue).getByRole('link', { name: /^Their story/ })).toHaveAttribute('href', expect.stringMatching(/#\/people\/\d+\?story=1$/));
    expect(screen.getByRole('link', { name: /Log this visit/ })).toHaveAttribute('href', `#/visits/${visitId}/log`);

    const client = screen.getByRole('region', { name: 'The Bakers' });
    expect(texts(within(client).getByRole('list', { name: 'Promises and follow-ups: The Bakers' }))).toEqual([expect.stringMatching(/^Call Sue: Check the backup drive\. .*overdue: was due/)]);
    expect(texts(within(client).getByRole('list', { name: 'Incidents to explain: The Bakers' }))).toEqual([expect.stringContaining('Printer stopped scanning')]);
    expect(texts(within(client).getByRole('list', { name: 'Last visit: The Bakers' }))).toEqual([expect.stringContaining('Replaced the router')]);
    expect(within(client).getByRole('list', { name: 'On site: The Bakers' })).toHaveTextContent('On the drive');
    expect(within(client).getByText('No question asked more than once.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('names a spouse who died only as a don’t-ask item: no greeting, no news, "died" in the circle', async () => {
    const { sue } = await open();

    const dontAsk = within(sue).getByRole('list', { name: "Don't ask: Sue Baker" });
    expect(texts(dontAsk)).toEqual([expect.stringMatching(/^Tom \(Sue's spouse\) died on 2 Jul\. Don't ask after Tom.*died 2 weeks ago/)]);
    const askAbout = within(sue).getByRole('list', { name: 'Ask about: Sue Baker' });
    // Two weeks after Tom died, the baby is still there, but gently and never as "ask Tom".
    expect(askAbout).not.toHaveTextContent(/Ask Tom|Wish Tom|Tom retired/);
    expect(texts(askAbout)).toEqual([expect.stringMatching(/^Not a headline so soon after Tom's death: if it comes up, ask Sue about the new baby\./)]);
    expect(document.body).not.toHaveTextContent(/birthday|retire/i);
    expect(within(sue).getByRole('list', { name: "Sue Baker's circle" })).toHaveTextContent('Tom Baker spouse, died');
    // The highlights at the top lead with the death too.
    expect(texts(screen.getByRole('list', { name: 'Read this first' }))[0]).toMatch(/^Don't ask: Tom \(Sue's spouse\) died/);
  });

  it('reads what could hurt first, every item with its reason, and "more" shows the rest', async () => {
    const user = userEvent.setup();
    const { sue } = await open();

    const headings = within(sue).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(["Don't ask", 'Handle with care', 'Ask about', 'Small talk', 'Their circle']);
    expect(texts(within(sue).getByRole('list', { name: 'Handle with care: Sue Baker' }))).toEqual([expect.stringMatching(/^Ask Sue gently about the operation\. .*surgery since June, ongoing.*Hip operation/)]);
    expect(texts(within(sue).getByRole('list', { name: 'Ask about: Sue Baker' }))).toEqual([
      expect.stringMatching(/^Not a headline so soon after Tom's death: if it comes up, ask Sue about the new baby\. .*born 2 weeks ago; soon after Tom's death/),
    ]);

    const smallTalk = within(sue).getByRole('list', { name: 'Small talk: Sue Baker' });
    const onScreen = () => [...smallTalk.children].filter((li) => !(li as HTMLElement).hidden);
    expect(onScreen()).toHaveLength(3);
    // Paper has no "more" button: the folded two are there for print, in order, with no "and 2 more".
    expect([...smallTalk.children].filter((li) => li.classList.contains('print-only'))).toHaveLength(2);
    expect(within(sue).queryByText(/and 2 more/)).toBeNull();
    const more = within(sue).getByRole('button', { name: /^Show 2 more/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(onScreen()).toHaveLength(5);
    expect(smallTalk).toHaveTextContent('Only if the moment is right: chat about baking.');
    expect(within(sue).getByRole('button', { name: /^Show fewer/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('ticks news as asked with the visit and a note; it shows as asked, and is gone when the briefing is opened again', async () => {
    const user = userEvent.setup();
    const { view, sue } = await open();
    // What could hurt is never something to tick.
    expect(within(within(sue).getByRole('list', { name: "Don't ask: Sue Baker" })).queryByRole('button')).toBeNull();

    // One control, as in the visit log: a checkbox that can be unticked, and a note that can follow the tick.
    const tick = within(sue).getByRole('checkbox', { name: /^Asked about .*new baby/ });
    await user.click(tick);
    expect(tick).toBeChecked();
    await waitFor(async () => expect((await api.call('events:get', { id: babyId })).acknowledgements).toEqual([expect.objectContaining({ visitId, note: null })]));
    await user.click(tick);
    await waitFor(async () => expect((await api.call('events:get', { id: babyId })).acknowledgements).toEqual([]));
    expect(tick).not.toBeChecked();
    await user.click(tick);
    await waitFor(async () => expect((await api.call('events:get', { id: babyId })).acknowledgements).toHaveLength(1));
    await user.type(within(sue).getByRole('textbox', { name: /^What they said about .*new baby/ }), 'Lily is sleeping through{Enter}');
    expect(await within(sue).findByRole('status')).toHaveTextContent('Note saved');
    expect((await api.call('events:get', { id: babyId })).acknowledgements).toEqual([expect.objectContaining({ visitId, note: 'Lily is sleeping through' })]);

    view.unmount();
    const again = await open();
    expect(within(again.sue).queryByRole('list', { name: 'Ask about: Sue Baker' })).toBeNull();
    expect(document.body).not.toHaveTextContent('new baby');
  });
});
