import { buildSummary } from './candidate-texts.js';
import { buildCareerPool, buildExperience, buildQualifications, buildSkills, pickCareer, type Gender } from './candidate-career.js';
import { nearestCentre, pickComune, type Geography } from './geography.js';
import { nationalities, type Nationality } from './nationalities.js';
import { addDays, type Random } from './random.js';
import type { Lang, ReferenceData } from './reference-data.js';
import { buildLegalSituation } from './work-authorisation.js';

const italianLevels = [['A1', 15], ['A2', 30], ['B1', 30], ['B2', 17], ['C1', 8]] as const;
const vulnerabilities = [['single-parent', 4], ['disability', 3], ['long-term-unemployed', 5], ['trafficking-survivor', 1], ['care-leaver', 1], ['low-literacy', 3], ['homelessness', 1]] as const;

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

function buildIdentity(random: Random, nationality: Nationality, gender: Gender, index: number) {
  const givenName = random.pick(gender === 'female' ? nationality.femaleNames : nationality.maleNames);
  const familyName = random.pick(nationality.familyNames);
  return {
    givenName,
    familyName,
    email: `${slug(givenName)}.${slug(familyName)}.${index + 1}@example.org`,
    phone: `+39 3${random.int(20, 93)} ${random.int(1000000, 9999999)}`,
  };
}

function buildLanguages(random: Random, nationality: Nationality, italianLevel: string) {
  const languages = nationality.nativeLangs.map((lang) => ({ lang, level: 'C2' }));
  if (!nationality.nativeLangs.includes('it')) languages.unshift({ lang: 'it', level: italianLevel });
  if (!nationality.nativeLangs.includes('en') && random.chance(0.25)) languages.push({ lang: 'en', level: random.pick(['A2', 'B1', 'B2']) });
  return languages;
}

function buildConsents(random: Random, centreId: string, registered: string) {
  const recordedBy = `${centreId}/operatore-${random.int(1, 6)}`;
  const consents = [{ purpose: 'service-delivery', date: registered, recordedBy }];
  if (random.chance(0.9)) consents.push({ purpose: 'matching', date: registered, recordedBy });
  if (random.chance(0.6)) consents.push({ purpose: 'share-profile-with-employers', date: addDays(registered, random.int(0, 30)), recordedBy });
  return consents;
}

export function buildCandidates(random: Random, reference: ReferenceData, geography: Geography, count: number) {
  const pool = buildCareerPool(reference);
  const byWeight = nationalities.map((nationality) => [nationality, nationality.weight] as const);
  return Array.from({ length: count }, (_, index) => {
    const nationality = random.weighted(byWeight);
    const gender: Gender = random.chance(nationality.femaleShare) ? 'female' : 'male';
    const lang: Lang = random.weighted(nationality.summaryLangs);
    const comune = pickComune(random, geography, 0.9);
    const centre = nearestCentre(geography, comune);
    const career = pickCareer(random, pool, gender, random.weighted([[0, 1], [1, 4], [2, 4], [3, 2]] as const));
    const birthYear = 2006 - Math.floor(Math.pow(random.next(), 1.4) * 42);
    // Working years must fit in an adult life: nobody has ten years of experience at twenty.
    const maxYears = Math.floor(Math.max(1, (2026 - birthYear - 17) / Math.max(1, career.length)));
    const experiences = career.map((entry, i) =>
      buildExperience(random, entry, lang, gender, nationality.iso === 'IT' || (i === 0 && random.chance(0.55)) ? 'IT' : nationality.iso, maxYears));
    const italianLevel = nationality.iso === 'IT' ? 'C2' : random.weighted(italianLevels);
    const drivingLicences = random.chance(gender === 'male' ? 0.4 : 0.25) ? (random.chance(0.15) ? ['B', 'C', 'CE'] : ['B']) : [];
    const legal = buildLegalSituation(random, nationality);
    const registered = addDays('2025-06-01', random.int(0, 540));
    const summary = buildSummary(random, {
      lang, gender, comuneName: comune.name, hasLicenceB: drivingLicences.includes('B'), italianLevel,
      jobs: experiences.map((experience) => ({ label: experience.title, years: experience.years, inItaly: experience.country === 'IT' })),
    });
    const candidate = {
      id: `demo-cand-${String(index + 1).padStart(5, '0')}`,
      summary,
      lang,
      skills: buildSkills(random, career),
      experiences,
      qualifications: buildQualifications(random, lang, nationality.iso, career),
      languages: buildLanguages(random, nationality, italianLevel),
      location: { comune: comune.code, lat: comune.lat, lon: comune.lon },
      mobilityKm: random.pick([5, 10, 15, 20, 20, 30, 30, 40, 50, 80]),
      ...(drivingLicences.length > 0 ? { drivingLicences } : {}),
      workAuthorisation: legal.workAuthorisation,
      availableFrom: addDays('2026-11-01', random.int(0, 119)),
      preferences: {
        contractTypes: random.sample(['permanent', 'fixed-term', 'seasonal', 'temporary-agency', 'apprenticeship'], random.int(1, 3)),
        maxHoursPerWeek: career[0]?.family === 'homeCare' && random.chance(0.4) ? 54 : random.pick([20, 25, 30, 36, 40, 40, 40]),
      },
      protected: {
        nationality: nationality.iso,
        gender,
        birthYear,
        protectionStatus: legal.protectionStatus,
        vulnerability: random.chance(0.2) ? [random.weighted(vulnerabilities)] : [],
      },
    };
    return { candidate, identity: buildIdentity(random, nationality, gender, index), centreId: centre.id, consents: buildConsents(random, centre.id, registered) };
  });
}

export type CandidateLine = ReturnType<typeof buildCandidates>[number];
