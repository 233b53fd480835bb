import { Router } from 'express';
import type { Services } from './services.js';
import type { ZodOpenApiPathsObject } from './platform/http/openapi.js';
import { createAuditRouter } from './modules/audit/audit.routes.js';
import { createPrivacyRouter } from './modules/privacy/privacy.routes.js';
import { createReferenceRouter, referenceOpenApiPaths } from './modules/reference/reference.routes.js';
import { createEmployerRouter, employerOpenApiPaths } from './modules/employers/employer.routes.js';
import { createVacancyRouter, vacancyOpenApiPaths } from './modules/vacancies/vacancy.routes.js';
import { createMatchingRouter, matchingOpenApiPaths } from './modules/matching/matching.routes.js';
import { createCandidateRouter, candidateOpenApiPaths } from './modules/candidates/candidate.routes.js';
import { createCandidateAccess } from './modules/privacy/candidate-access.js';
import { identityOpenApiPaths } from './modules/identity/identity.openapi.js';
import { privacyOpenApiPaths } from './modules/privacy/privacy.openapi.js';
import { createInterventionRouter, interventionOpenApiPaths } from './modules/interventions/intervention.routes.js';
import { createReportingRouter, reportingOpenApiPaths } from './modules/reporting/reporting.routes.js';
import { createDemandRouter, demandOpenApiPaths } from './modules/demand/demand.routes.js';
import { courseOpenApiPaths, createCourseRouter } from './modules/training/course.routes.js';
import { createRecommendationRouter, recommendationOpenApiPaths } from './modules/recommendations/recommendations.routes.js';
import { createTaxonomyRouter, taxonomyOpenApiPaths } from './modules/taxonomy/taxonomy.routes.js';
import { createIngestionRouter, ingestionOpenApiPaths } from './modules/ingestion/ingestion.routes.js';

/** Every API route, wired explicitly (no globbing), mounted under /api/v1. */
export function createApiRouter(services: Services): Router {
  const router = Router();
  router.use(...services.identity.createRouters());
  router.use(createAuditRouter(services.audit), createPrivacyRouter(services.privacy, services.audit));
  router.use(createReferenceRouter(services.reference));
  router.use(createTaxonomyRouter(services.taxonomy));
  router.use(createEmployerRouter(services.employers));
  router.use(createVacancyRouter(services.vacancies));
  router.use(createMatchingRouter(services.matching, services.vacancies, createCandidateAccess(services)));
  router.use(createCandidateRouter(services.candidates, createCandidateAccess(services)));
  router.use(createInterventionRouter(services.interventions), createReportingRouter(services.reporting));
  router.use(createIngestionRouter(services.ingestion));
  const { demand, courses, recommendations } = services.demandAndTraining;
  router.use(createDemandRouter(demand), createCourseRouter(courses), createRecommendationRouter(recommendations));
  return router;
}

export function apiOpenApiPaths(): ZodOpenApiPathsObject[] {
  return [identityOpenApiPaths(), privacyOpenApiPaths(), matchingOpenApiPaths(), referenceOpenApiPaths(), employerOpenApiPaths(), vacancyOpenApiPaths(), candidateOpenApiPaths(), interventionOpenApiPaths(), reportingOpenApiPaths(), ingestionOpenApiPaths(),
    demandOpenApiPaths(), courseOpenApiPaths(), recommendationOpenApiPaths(), taxonomyOpenApiPaths()];
}
