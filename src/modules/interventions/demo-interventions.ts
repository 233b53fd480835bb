import type { ContractType, Intervention, InterventionDetails, InterventionType } from './intervention.types.js';
import { seededRandom } from '../../platform/seeded-random.js';

/** The fields of a demo candidate line (seeds/demo/candidates.jsonl.gz) the generator reads. */
export interface DemoCandidateLine {
  candidate: {
    id: string;
    skills?: { uri: string; evidence?: string }[];
    qualifications?: { recognition?: string }[];
    experiences?: { occupation?: string }[];
    languages?: { lang: string; level: string }[];
    location?: { comune?: string };
    preferences?: { contractTypes?: string[] };
  };
  centreId: string;
  consents: { purpose: string; date: string; recordedBy: string }[];
}

/** Fictitious CUP codes, one per funded line, in the real 15-character format. */
const projectCodes = { 'fami-prima': 'J11B21001230006', 'fse-plus-regional': 'J19J22000450009', gol: 'J11I22000120006' } as const;
const sectors = ['87.30.00', '81.21.00', '56.10.11', '41.20.00', '01.24.00', '52.10.10', '10.71.10', '55.10.00'];


const seedOf = (id: string): number => [...id].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261);
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const skillsAt = (line: DemoCandidateLine, level: string): string[] => (line.candidate.skills ?? []).filter((s) => s.evidence === level).map((s) => s.uri);

/**
 * A plausible service history per demo candidate, deterministic per candidate id. Evidence and
 * recognition events mirror what the demo profile already states, so the history explains the profile
 * (and is recorded as already applied).
 */
export function buildDemoInterventions(line: DemoCandidateLine, recordedAt: Date): Intervention[] {
  const random = seededRandom(seedOf(line.candidate.id));
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const registered = line.consents.find((c) => c.purpose === 'service-delivery')?.date ?? '2026-01-01';
  const staffId = line.consents[0]?.recordedBy ?? `${line.centreId}/operatore-1`;
  const out: Intervention[] = [];
  const add = (type: InterventionType, offset: number, fundingLine: Intervention['fundingLine'], details: InterventionDetails, length = 0): void => {
    const startDate = addDays(registered, offset);
    const outcome = length > 0 && startDate > '2026-10-01' ? 'ongoing' : 'completed';
    out.push({
      id: `demo-int-${line.candidate.id}-${out.length + 1}`, candidateId: line.candidate.id, centreId: line.centreId, type, startDate,
      ...(length > 0 ? { endDate: addDays(startDate, length) } : {}),
      provider: type === 'reception-orientation' || type === 'job-proposal' ? `CPI ${line.centreId}` : 'Ente di formazione accreditato (demo)',
      staffId, fundingLine, ...(fundingLine !== 'other' ? { projectCode: projectCodes[fundingLine] } : {}), outcome, details,
      recordedBy: staffId, recordedAt, hasProfileEffect: false,
    });
  };
  add('reception-orientation', int(0, 20), 'fami-prima', {});
  const assessed = skillsAt(line, 'assessed');
  if (assessed.length > 0) add('skills-assessment', int(15, 45), 'gol', { skills: assessed });
  const validated = skillsAt(line, 'validated');
  if (validated.length > 0) add('competence-validation', int(40, 100), 'fse-plus-regional', { skills: validated }, int(5, 20));
  const certified = skillsAt(line, 'certified');
  if (certified.length > 0) add('competence-certification', int(60, 160), 'fse-plus-regional', { skills: certified }, int(10, 30));
  (line.candidate.qualifications ?? []).forEach((q, index) => {
    if (q.recognition === 'requested' || q.recognition === 'recognised') add('qualification-recognition', int(20, 120), 'other', { qualificationIndex: index, recognition: q.recognition });
  });
  const italian = line.candidate.languages?.find((l) => l.lang === 'it')?.level ?? 'C2';
  if (['A1', 'A2', 'B1'].includes(italian) && random() < 0.6) add('italian-course', int(10, 60), 'fami-prima', { course: 'Corso CPIA (demo)', hours: 100 }, 90);
  if (random() < 0.25) add('vocational-training', int(60, 200), 'fse-plus-regional', { course: 'Percorso professionalizzante (demo)', hours: 300 }, 120);
  if (random() < 0.15) add('traineeship', int(90, 250), 'gol', { workplace: workplaceOf(line, int) }, 180);
  if (random() < 0.45) add('job-proposal', int(30, 200), 'gol', { workplace: workplaceOf(line, int), response: random() < 0.6 ? 'accepted' : 'declined' });
  if (random() < 0.25) {
    const contractType = (line.candidate.preferences?.contractTypes?.[0] ?? 'fixed-term') as ContractType;
    add('placement', int(60, 330), 'gol', { contractType, workplace: workplaceOf(line, int) });
  }
  return out;
}

function workplaceOf(line: DemoCandidateLine, int: (min: number, max: number) => number): InterventionDetails['workplace'] {
  const occupation = line.candidate.experiences?.[0]?.occupation;
  const comune = line.candidate.location?.comune;
  return { ateco: sectors[int(0, sectors.length - 1)]!, ...(occupation ? { occupation } : {}), ...(comune && /^\d{6}$/.test(comune) ? { comune } : {}) };
}
