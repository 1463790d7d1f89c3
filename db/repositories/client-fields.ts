import { asc, eq, max } from 'drizzle-orm';
import { notFound } from '../../src/contract/result.ts';
import type { ClientField, ClientFieldInput } from '../../src/contract/schemas/client-fields.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clientFields } from '../schema/client-fields.ts';
import { requireClient } from './references.ts';

const columns = {
  id: clientFields.id,
  clientId: clientFields.clientId,
  label: clientFields.label,
  kind: clientFields.kind,
  value: clientFields.value,
  remindDaysBefore: clientFields.remindDaysBefore,
  position: clientFields.position,
};

/**
 * A client's own fields (ISP, router, a licence's renewal date…), in the order they were added.
 * They have no trash of their own: they go with their client (hidden while it is in the trash,
 * deleted with it), and removing one is for good.
 */
export function clientFieldsRepository(db: Db, clock: Clock) {
  const read = (clientId: number): ClientField[] =>
    db.select(columns).from(clientFields).where(eq(clientFields.clientId, clientId)).orderBy(asc(clientFields.position), asc(clientFields.id)).all();

  const fieldById = (id: number) => {
    const row = db.select(columns).from(clientFields).where(eq(clientFields.id, id)).get();
    if (row === undefined) throw notFound('Field', id);
    // A field of a client in the trash is hidden with it.
    requireClient(db, row.clientId);
    return row;
  };

  return {
    read,

    list(clientId: number): ClientField[] {
      requireClient(db, clientId);
      return read(clientId);
    },

    /** Adds a field at the end of the client's list, or changes one; returns the client's list. */
    set(input: ClientFieldInput): ClientField[] {
      const now = isoNow(clock);
      const values = { label: input.label, kind: input.kind, value: input.value, remindDaysBefore: input.kind === 'date' ? input.remindDaysBefore : null };
      if (input.id !== undefined) {
        const field = fieldById(input.id);
        db.update(clientFields)
          .set({ ...values, updatedAt: now })
          .where(eq(clientFields.id, field.id))
          .run();
        return read(field.clientId);
      }
      const clientId = input.clientId!;
      requireClient(db, clientId);
      const last = db.select({ position: max(clientFields.position) }).from(clientFields).where(eq(clientFields.clientId, clientId)).get()?.position ?? null;
      db.insert(clientFields)
        .values({ ...values, clientId, position: last === null ? 0 : last + 1, createdAt: now, updatedAt: now })
        .run();
      return read(clientId);
    },

    /** Removes one field for good; returns what is left of the client's list. */
    remove(id: number): ClientField[] {
      const field = fieldById(id);
      db.delete(clientFields).where(eq(clientFields.id, id)).run();
      return read(field.clientId);
    },
  };
}
