import type Database from 'better-sqlite3';
import { AppFailure } from '../../src/contract/result.ts';
import type { ImportInput, ImportOutcome, ImportPreview } from '../../src/contract/schemas/transfer.ts';
import { parseContactsCsv, parseVCard } from '../../src/import/index.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { planCalendar } from './calendar.ts';
import { planContacts } from './contacts.ts';
import { planJson, type JsonMode } from './json.ts';
import { Tally, toOutcome, toPreview, type Plan } from './plan.ts';
import { detectFormat, sourceText } from './source.ts';

export interface ImportContext {
  db: Db;
  sqlite: Database.Database;
  clock: Clock;
  /** The user's zone when the input gives none: calendars are read in it. */
  timeZone: string;
}

function buildPlan({ db, sqlite, clock, timeZone }: ImportContext, input: ImportInput, mode: JsonMode): Plan {
  const text = sourceText(input);
  const format = input.format ?? detectFormat(text, input.fileName);
  switch (format) {
    case 'vcard': {
      const { contacts, issues } = parseVCard(text);
      return { format, ...planContacts(db, sqlite, clock, contacts, issues, input.merges), csv: null };
    }
    case 'csv': {
      const { contacts, issues, layout, headers, mapping, needsMapping, sampleRows } = parseContactsCsv(text, input.mapping ? { mapping: input.mapping } : {});
      return { format, ...planContacts(db, sqlite, clock, contacts, issues, input.merges), csv: { layout, headers, mapping, needsMapping, sampleRows } };
    }
    case 'ics':
      return { format, ...planCalendar(db, clock, text, { timeZone: input.timeZone ?? timeZone, ...(input.locale ? { locale: input.locale } : {}), now: input.now ? new Date(input.now) : clock(), assignments: input.assignments }) };
    case 'json':
      return { format, ...planJson(db, sqlite, clock, { text }, mode) };
  }
}

const decisions = (input: ImportInput) => ({ mappingGiven: input.mapping !== undefined, skipErrors: input.skipErrors });

/** What importing this file with these decisions would do, record by record; writes nothing. */
export function previewImport(ctx: ImportContext, input: ImportInput): ImportPreview {
  return toPreview(buildPlan(ctx, input, 'preview'), decisions(input));
}

/**
 * Imports in one transaction (a savepoint inside the dispatcher's): the plan is worked out
 * again from the same input and the user's decisions, and any failure writes nothing.
 * Take the pre-import backup before calling this (backupBefore), outside any transaction.
 */
export function applyImport(ctx: ImportContext, input: ImportInput): ImportOutcome {
  return ctx.sqlite.transaction(() => {
    const plan = buildPlan(ctx, input, 'apply');
    const preview = toPreview(plan, decisions(input));
    if (preview.blockedBy !== null) throw new AppFailure('invalid_input', preview.blockedBy);
    const tally = new Tally();
    plan.write(tally);
    return toOutcome(plan.format, preview.counts, tally);
  })();
}

/** A JSON export named by its path (the command line): read a piece at a time, never whole. */
export function previewJsonFile(ctx: ImportContext, path: string): ImportPreview {
  return toPreview({ format: 'json', ...planJson(ctx.db, ctx.sqlite, ctx.clock, { path }, 'preview') }, { mappingGiven: false, skipErrors: false });
}

/** Imports a JSON export from its path in one pass and one IMMEDIATE transaction; refused files write nothing. */
export function applyJsonFile(ctx: ImportContext, path: string): ImportOutcome & { preview: ImportPreview } {
  return ctx.sqlite.transaction(() => {
    const plan: Plan = { format: 'json', ...planJson(ctx.db, ctx.sqlite, ctx.clock, { path }, 'apply') };
    const preview = toPreview(plan, { mappingGiven: false, skipErrors: false });
    if (preview.blockedBy !== null) throw new AppFailure('invalid_input', preview.blockedBy);
    const tally = new Tally();
    plan.write(tally);
    return { ...toOutcome(plan.format, preview.counts, tally), preview };
  }).immediate();
}
