import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Logger } from '../../platform/logger.js';
import type { Scope, UserRole } from './identity.types.js';
import type { IdentityAdminService } from './identity-admin.service.js';
import { findUserByUsername, type EmploymentCentre } from './user.repository.js';
import { findApiKeyByPrefix } from './api-key.repository.js';

/**
 * Fixed demo credentials for local use, listed in docs/access-control.md. They are marked `demo`, and
 * the auth service refuses demo accounts and keys when NODE_ENV=production.
 */
export const demoAccounts: { username: string; password: string; displayName: string; roles: UserRole[]; centreId?: string; employerId?: string; regionCode?: string }[] = [
  { username: 'admin@demo.prima', password: 'demo-admin-password', displayName: 'Demo admin', roles: ['admin'] },
  { username: 'staff.torino@demo.prima', password: 'demo-staff-password', displayName: 'Demo staff, CPI Torino', roles: ['staff'], centreId: 'cpi-torino' },
  { username: 'staff.novara@demo.prima', password: 'demo-staff-password', displayName: 'Demo staff, CPI Novara', roles: ['staff'], centreId: 'cpi-novara' },
  { username: 'officer.piemonte@demo.prima', password: 'demo-officer-password', displayName: 'Demo regional officer, Piemonte', roles: ['regional-officer'], regionCode: '01' },
  { username: 'employer@demo.prima', password: 'demo-employer-password', displayName: 'Demo employer', roles: ['employer'], employerId: 'demo-emp-0001' },
];

export const demoApiKey = {
  name: 'Demo integration (ingestion)',
  prefix: '00000000de00',
  secret: 'demo-integration-secret-for-local-use-only0',
  key: 'prima_00000000de00_demo-integration-secret-for-local-use-only0',
  scopes: ['ingest:write', 'vacancies:read', 'vacancies:write', 'employers:read', 'employers:write', 'reference:read', 'taxonomy:read'] satisfies Scope[],
};

/** ISTAT province codes of the Piemonte provinces the demo centres sit in. */
const piemonteProvinces: Record<string, string> = { TO: '001', VC: '002', NO: '003', CN: '004', AT: '005', AL: '006', BI: '096', VB: '103' };
const demoCentresFile = 'seeds/demo/centres.json';
const centreRow = z.object({ id: z.string(), name: z.string(), province: z.string() });

function demoCentres(): EmploymentCentre[] {
  const fallback = [
    { id: 'cpi-torino', name: "Centro per l'Impiego di Torino", province: 'TO' },
    { id: 'cpi-novara', name: "Centro per l'Impiego di Novara", province: 'NO' },
  ];
  const rows = existsSync(demoCentresFile) ? z.array(centreRow).parse(JSON.parse(readFileSync(demoCentresFile, 'utf8'))) : fallback;
  return rows.map((row) => ({ id: row.id, name: row.name, provinceCode: piemonteProvinces[row.province] ?? row.province, regionCode: '01' }));
}

/** Idempotent: existing demo accounts and the key are left as they are. */
export async function seedDemoAccounts(admin: IdentityAdminService, logger: Logger): Promise<void> {
  for (const centre of demoCentres()) await admin.saveCentre(centre);
  let created = 0;
  for (const account of demoAccounts) {
    if (await findUserByUsername(account.username)) continue;
    await admin.createUser({ ...account, demo: true });
    created += 1;
  }
  if (!(await findApiKeyByPrefix(demoApiKey.prefix))) {
    await admin.createApiKey({ name: demoApiKey.name, scopes: demoApiKey.scopes, createdBy: 'seed', demo: true, fixedKey: demoApiKey });
    created += 1;
  }
  logger.info({ created }, 'seed: demo accounts and integration key ready');
}
