import { agendaRepository } from '../repositories/agenda.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

const machineTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function agendaHandlers({ store }: HandlerContext): DomainHandlers<'agenda'> {
  const agenda = agendaRepository(store.db);
  return {
    'agenda:range': ({ start, days, timeZone }) => agenda.range({ start, days, timeZone: timeZone ?? machineTimeZone() }),
  };
}
