import type { DemoEmployer } from './employers.js';
import { nearestCentre, type Geography } from './geography.js';
import { jobFamilies, type JobFamily } from './job-families.js';
import { capitalise, genderedLabel, resolveOccupation } from './labels.js';
import { addDays, type Random } from './random.js';
import type { Occupation, ReferenceData } from './reference-data.js';
import { buildDescription, commonTitles } from './vacancy-texts.js';

/** Occupations whose ads ask for specific licences rather than the family default. */
const licenceOverrides: Record<string, string[][]> = {
  'cargo vehicle driver': [['C'], ['C', 'CE']],
  'moving truck driver': [['C']],
  'car and van delivery driver': [['B']],
  'bus driver': [['D']],
};

function pickRole(random: Random, englishLabel: string, occupation: Occupation): string {
  const curated = commonTitles[englishLabel];
  if (curated && random.chance(0.5)) return random.pick(curated);
  const male = genderedLabel(occupation.labels.it, 'male');
  const female = genderedLabel(occupation.labels.it, 'female');
  if (male !== female && male.length + female.length < 45 && random.chance(0.5)) return `${capitalise(male)}/${female}`;
  return male === female ? capitalise(male) : `${capitalise(male)} (m/f)`;
}

function pickLicences(random: Random, englishLabel: string, family: JobFamily): string[] {
  const override = licenceOverrides[englishLabel];
  if (override) return random.pick(override);
  const [chance, licences] = family.licences;
  return random.chance(chance) && licences.length > 0 ? [licences[0] ?? 'B'] : [];
}

function pickSkills(random: Random, occupation: Occupation): { uri: string; essential: boolean }[] {
  const essential = random.sample(occupation.essentialSkills, random.int(3, 8));
  const optional = random.sample(occupation.optionalSkills, random.int(0, 4));
  return [...essential.map((uri) => ({ uri, essential: true })), ...optional.map((uri) => ({ uri, essential: false }))];
}

function monthlyPay(random: Random, family: JobFamily, hours: number, internship: boolean): number {
  if (internship) return random.pick([600, 700, 800]);
  const fullTime = random.int(family.pay[0] / 10, family.pay[1] / 10) * 10;
  return hours >= 40 ? fullTime : Math.round((fullTime * hours) / 40 / 10) * 10;
}

function roleInSentence(role: string): string {
  const bare = role.replace(' (m/f)', '');
  return bare.charAt(0).toLocaleLowerCase('it') + bare.slice(1);
}

function titleFor(random: Random, role: string, contractType: string, hours: number, comuneName: string): string {
  if (contractType === 'seasonal' && random.chance(0.4)) return `${role} – stagionale`;
  if (hours < 30 && random.chance(0.5)) return `${role} part-time`;
  return random.chance(0.3) ? `${role} – ${comuneName}` : role;
}

function languagesFor(random: Random, family: JobFamily, familyKey: string) {
  const languages = [{ lang: 'it', level: random.pick(family.italianLevels) }];
  if (familyKey === 'mediation') languages.push({ lang: random.pick(['ar', 'fr', 'en']), level: 'C1' });
  else if ((familyKey === 'hotel' || familyKey === 'skilledService') && random.chance(0.4)) languages.push({ lang: 'en', level: random.pick(['A2', 'B1', 'B2']) });
  return languages;
}

export function buildVacancy(random: Random, reference: ReferenceData, geography: Geography, employer: DemoEmployer, index: number) {
  const [englishLabel, , familyKey] = random.weighted(employer.profile.occupations.map((entry) => [entry, entry[1]] as const));
  const occupation = resolveOccupation(reference, englishLabel);
  const family = jobFamilies[familyKey];
  if (!family) throw new Error(`unknown job family ${familyKey}`);
  const site = random.pick(employer.siteComuni);
  const contractType = random.weighted(family.contractTypes);
  const hours = random.weighted(family.hours);
  const pay = monthlyPay(random, family, hours, contractType === 'internship');
  const validFrom = addDays('2026-09-15', random.int(0, 100));
  const validThrough = addDays(validFrom, random.pick([30, 45, 60, 60, 90, 90, 120]));
  const role = pickRole(random, englishLabel, occupation);
  const languages = languagesFor(random, family, familyKey);
  const licences = pickLicences(random, englishLabel, family);
  const positions = familyKey === 'fieldwork' && contractType === 'seasonal' ? random.int(2, 12) : random.weighted([[1, 8], [2, 2], [3, 1]] as const);
  const description = buildDescription(random, {
    employerName: employer.record.name, sector: employer.profile.sector, comuneName: site.name, province: site.province,
    role: roleInSentence(role), positions, family, italianLevel: languages[0]?.level ?? 'A2',
    licences, contractType, hours, pay, validFrom, validThrough, centreName: nearestCentre(geography, site).name,
  });
  const location = random.chance(0.4)
    ? { comune: site.code, lat: site.lat, lon: site.lon, remote: false }
    : { comune: site.code, lat: site.lat, lon: site.lon };
  const ccnl = random.chance(0.75) ? { ccnl: random.pick(employer.profile.ccnl) } : {};
  return {
    id: `demo-vac-${String(index + 1).padStart(5, '0')}`,
    title: titleFor(random, role, contractType, hours, site.name),
    description,
    lang: 'it',
    occupation: occupation.uri,
    skills: pickSkills(random, occupation),
    location,
    languages,
    ...(licences.length > 0 ? { drivingLicences: licences } : {}),
    contract: { type: contractType, hoursPerWeek: hours, monthlyGrossEur: pay, ...ccnl },
    validFrom,
    validThrough,
    employer: { id: employer.record.id, name: employer.record.name, taxCode: employer.record.taxCode, ateco: employer.record.ateco },
    extra: { sector: employer.profile.sector, positions },
  };
}

export type VacancyRecord = ReturnType<typeof buildVacancy>;

/** Every employer gets at least one vacancy; the rest go to employers in proportion to their sector's weight. */
export function buildVacancies(random: Random, reference: ReferenceData, geography: Geography, employers: DemoEmployer[], count: number): VacancyRecord[] {
  const bySize = employers.map((employer) => [employer, employer.profile.weight] as const);
  return Array.from({ length: count }, (_, index) => {
    const employer = index < employers.length ? employers[index] : random.weighted(bySize);
    if (!employer) throw new Error('no employers to attach vacancies to');
    return buildVacancy(random, reference, geography, employer, index);
  });
}
