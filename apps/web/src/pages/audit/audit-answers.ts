import type { components } from '../../api/casus-api';

type Schemas = components['schemas'];

// The audit reads' answers as the OpenAPI document gives them (libs/audit's HistoryEntry, ReplayedCase, DecisionContext, ...).
export type HistoryItem = Schemas['HistoryEntryAnswer'];
export type DeadlineThen = Schemas['DeadlineAsOfAnswer'];
export type CaseThen = Schemas['ReplayAnswer']['state'];
export type Replay = Schemas['ReplayAnswer'];
export type DecisionContext = Schemas['DecisionContextAnswer'];
export type AccessLogLine = Schemas['AccessLogLineAnswer'];
export type AccessLogPage = Schemas['AccessLogAnswer'];
export type CaseList = Schemas['CaseListAnswer'];

/** The document gives the break and the anchor as records; their fields as its descriptions name them. */
export type Integrity = Omit<Schemas['IntegrityAnswer'], 'firstBreak' | 'anchor'> &
  Readonly<{
    firstBreak: Readonly<{ revision: number }> | null;
    anchor: Readonly<{ seq: number; at: string; revision: number }> | null;
  }>;
