import type { Nationality } from './nationalities.js';
import { addDays, type Random } from './random.js';

/** Nationalities whose people in Italy mostly arrived through the asylum system rather than work or family permits. */
const asylumRoutes = new Set(['NG', 'GM', 'ML', 'GN', 'CI', 'SN', 'PK', 'BD', 'AF', 'SY']);

type Status = 'eu-citizen' | 'permit' | 'asylum-applicant' | 'pending' | 'none';

export interface WorkAuthorisation {
  status: Status;
  permitReason?: string;
  validUntil?: string;
  applicationDate?: string;
}

export interface LegalSituation {
  workAuthorisation: WorkAuthorisation;
  protectionStatus: string;
}

/** Permit reasons are TAB_MOTIVO_PERMESSO codes still in force; refugee permits have none there, so they carry no code. */
function permit(random: Random, nationality: Nationality): LegalSituation {
  if (nationality.iso === 'UA') {
    return { workAuthorisation: { status: 'permit', validUntil: '2027-03-04' }, protectionStatus: 'temporary-protection' };
  }
  if (asylumRoutes.has(nationality.iso) && random.chance(0.6)) {
    const [reason, protectionStatus] = random.weighted([[['PROSU', 'subsidiary-protection'], 4], [['UMAN1', 'special-protection'], 4], [[undefined, 'refugee'], 2], [['UMAN2', 'victim-protection'], 0.5]] as const);
    const validUntil = addDays('2026-12-01', random.int(0, 1300));
    return { workAuthorisation: { status: 'permit', ...(reason ? { permitReason: reason } : {}), validUntil }, protectionStatus };
  }
  const reason = random.weighted([['LAVOR', 35], ['FAMIG', 28], ['CSST1', 22], ['LAVO3', 7], ['LASTA', 4], ['STUDI', 4]] as const);
  // An EU long-term residence permit (CSST1) does not expire, so it has no validUntil.
  const validity = reason === 'CSST1' ? {} : { validUntil: addDays('2026-12-15', random.int(0, 900)) };
  return { workAuthorisation: { status: 'permit', permitReason: reason, ...validity }, protectionStatus: 'none' };
}

export function buildLegalSituation(random: Random, nationality: Nationality): LegalSituation {
  if (nationality.eu) return { workAuthorisation: { status: 'eu-citizen' }, protectionStatus: 'none' };
  const asylumShare = asylumRoutes.has(nationality.iso) ? 0.35 : 0.03;
  const roll = random.next();
  if (roll < asylumShare) {
    const applicationDate = addDays('2025-01-10', random.int(0, 640));
    return {
      workAuthorisation: { status: 'asylum-applicant', permitReason: 'ASIL2', applicationDate, validUntil: addDays(applicationDate, 180 * random.int(2, 4)) },
      protectionStatus: 'asylum-applicant',
    };
  }
  if (roll < asylumShare + 0.1) {
    const applicationDate = addDays('2026-07-01', random.int(0, 140));
    return { workAuthorisation: { status: 'pending', permitReason: random.pick(['LAVOR', 'FAMIG', 'LAVO3']), applicationDate }, protectionStatus: 'none' };
  }
  if (roll < asylumShare + 0.13) return { workAuthorisation: { status: 'none' }, protectionStatus: 'none' };
  return permit(random, nationality);
}
