import type { AppConfig } from '../../config/env.js';
import type { IdentityAdminService } from '../identity/identity-admin.service.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { loadCp2011Lookup } from './occupation-crosswalk.js';
import { createReportingService, type ReportingService } from './reporting.service.js';

export function createReporting(deps: { config: AppConfig; reference: ReferenceData; identityAdmin: IdentityAdminService }): ReportingService {
  return createReportingService({
    reference: deps.reference,
    listCentres: () => deps.identityAdmin.listCentres(),
    threshold: deps.config.REPORT_SMALL_COUNT_THRESHOLD,
    cp2011For: (uri) => loadCp2011Lookup()(uri),
  });
}
