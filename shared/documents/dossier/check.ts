// The check of a placement's dossier (dossier di rendicontazione) against the funding scheme: what
// the provider must hand over to be paid (the signed Patto, the proof of the hiring, the profiling
// band, a log of activities) and whether the contract counts for the outcome share. Each gap is
// named, so the coordinator reads what is missing, not just that something is.
import type { ContractType, Incentive, ProfilingBand } from '../../domain/vocabulary';
import type { DocumentType } from '../types';
import { contractStanding, requiredMonths, type FundingScheme } from './scheme';

/** The hiring as the placement records it. */
export interface DossierHiring {
  readonly employerName: string;
  readonly contractType: ContractType;
  readonly hiredOn: string;
  readonly startDate: string;
  /** Length of a fixed-term contract; absent for one without an end. */
  readonly fixedTermMonths?: number;
  readonly endDate?: string;
  readonly hoursPerWeek?: number;
  readonly partTimePercent?: number;
  readonly incentive: Incentive;
}

export type DossierActivityKind = 'interview' | 'course' | 'meeting';

/** One line of the activity log: dated, with its hours (none for a meeting) and who held it. */
export interface DossierActivity {
  readonly kind: DossierActivityKind;
  readonly date: string;
  /** Last day, for a course. */
  readonly endDate?: string;
  /** What it was, in Italian (the interview type, the course title, the employer met). */
  readonly what: string;
  readonly hours: number | null;
  /** The counselor, or the course's provider. */
  readonly operator: string;
}

/** A document kept on the worker's file (the current version). */
export interface DossierDocument {
  readonly id: string;
  readonly type: DocumentType;
  readonly date: string;
  readonly fileName: string;
}

export interface DossierFacts {
  readonly hiring: DossierHiring;
  readonly documents: readonly DossierDocument[];
  readonly activities: readonly DossierActivity[];
  /** The worker's band (worker file), and the day the job centre gave it. */
  readonly profilingBand?: ProfilingBand;
  readonly profilingDate?: string;
}

export type DossierGap =
  | { readonly kind: 'signedPact' }
  | { readonly kind: 'hiringProof' }
  | { readonly kind: 'profilingBand' }
  | { readonly kind: 'activities' }
  | { readonly kind: 'contractLength' }
  | { readonly kind: 'contractTooShort'; readonly months: number; readonly required: number }
  | { readonly kind: 'contractNotCounted'; readonly contractType: ContractType };

export interface DossierCheck {
  /** Nothing missing and the contract counts. */
  readonly complete: boolean;
  readonly gaps: readonly DossierGap[];
  /** The hiring counts for the outcome share. */
  readonly counts: boolean;
  /** The outcome share in euros, when the hiring counts and the band is known. */
  readonly amount: number | null;
  /** Hours of the activity log. */
  readonly hours: number;
}

/** The document types that prove a hiring: the employer's UNILAV notice or the contract itself. */
const HIRING_PROOFS: readonly DocumentType[] = ['unilav', 'hiringContract'];

/** What the contract is worth to the scheme: counts or not, and the gap when it does not. */
function contractCheck(hiring: DossierHiring, scheme: FundingScheme): { counts: boolean; gap?: DossierGap; standing: 'permanent' | 'fixedTerm' | null } {
  const standing = contractStanding(hiring.contractType);
  if (standing === 'notCounted') return { counts: false, gap: { kind: 'contractNotCounted', contractType: hiring.contractType }, standing: null };
  if (standing === 'permanent') return { counts: true, standing };
  if (hiring.fixedTermMonths === undefined) return { counts: false, gap: { kind: 'contractLength' }, standing };
  const required = requiredMonths(scheme);
  if (hiring.fixedTermMonths < required) return { counts: false, gap: { kind: 'contractTooShort', months: hiring.fixedTermMonths, required }, standing };
  return { counts: true, standing };
}

export function checkDossier(facts: DossierFacts, scheme: FundingScheme): DossierCheck {
  const gaps: DossierGap[] = [];
  const has = (types: readonly DocumentType[]) => facts.documents.some((document) => types.includes(document.type));
  // The signed Patto is the scan (servicePact); the unsigned one PCO Desk printed is a generated document.
  if (!has(['servicePact'])) gaps.push({ kind: 'signedPact' });
  if (!has(HIRING_PROOFS)) gaps.push({ kind: 'hiringProof' });
  const contract = contractCheck(facts.hiring, scheme);
  if (contract.gap) gaps.push(contract.gap);
  if (!facts.profilingBand) gaps.push({ kind: 'profilingBand' });
  if (facts.activities.length === 0) gaps.push({ kind: 'activities' });
  const band = facts.profilingBand;
  const amount = contract.counts && band && contract.standing ? scheme.amounts[band][contract.standing] : null;
  const hours = facts.activities.reduce((sum, activity) => sum + (activity.hours ?? 0), 0);
  return { complete: gaps.length === 0, gaps, counts: contract.counts, amount, hours: Math.round(hours * 100) / 100 };
}
