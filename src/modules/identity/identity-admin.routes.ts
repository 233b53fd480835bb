import { Router } from 'express';
import { parseBody, parseParams } from '../../platform/http/validate.js';
import type { IdentityAdminService } from './identity-admin.service.js';
import { centreBody, idParams, newApiKeyBody, newUserBody, userUpdateBody } from './identity.schema.js';
import { requirePrincipal } from './request-principal.js';

/** Users, employment centres and API keys; the route table limits all of these to admins. */
export function createIdentityAdminRouter(admin: IdentityAdminService): Router {
  const router = Router();

  router.get('/admin/users', async (_req, res) => {
    res.json({ users: await admin.listUsers() });
  });
  router.post('/admin/users', async (req, res) => {
    res.status(201).json(await admin.createUser(parseBody(req, newUserBody)));
  });
  router.patch('/admin/users/:id', async (req, res) => {
    const { id } = parseParams(req, idParams);
    res.json(await admin.changeUser(id, parseBody(req, userUpdateBody)));
  });

  router.get('/admin/centres', async (_req, res) => {
    res.json({ centres: await admin.listCentres() });
  });
  router.put('/admin/centres/:id', async (req, res) => {
    const { id } = parseParams(req, idParams);
    res.json(await admin.saveCentre({ id, ...parseBody(req, centreBody) }));
  });

  router.get('/admin/api-keys', async (_req, res) => {
    res.json({ apiKeys: await admin.listApiKeys() });
  });
  router.post('/admin/api-keys', async (req, res) => {
    const input = parseBody(req, newApiKeyBody);
    const created = await admin.createApiKey({ ...input, createdBy: requirePrincipal(req).id });
    res.status(201).json({ key: created.key, apiKey: created.apiKey });
  });
  router.delete('/admin/api-keys/:id', async (req, res) => {
    const { id } = parseParams(req, idParams);
    res.json(await admin.revokeKey(id));
  });

  return router;
}
