import { ApiKeyModel, type ApiKeyDocument } from './session.model.js';
import type { Scope } from './identity.types.js';

export interface ApiKey {
  id: string;
  prefix: string;
  secretHash: string;
  name: string;
  scopes: Scope[];
  createdBy: string;
  revokedAt?: Date;
  lastUsedAt?: Date;
  demo: boolean;
  createdAt?: Date;
}

function toApiKey(doc: ApiKeyDocument): ApiKey {
  return {
    id: doc._id,
    prefix: doc.prefix,
    secretHash: doc.secretHash,
    name: doc.name,
    scopes: doc.scopes as Scope[],
    createdBy: doc.createdBy,
    demo: doc.demo ?? false,
    ...(doc.revokedAt ? { revokedAt: doc.revokedAt } : {}),
    ...(doc.lastUsedAt ? { lastUsedAt: doc.lastUsedAt } : {}),
    ...((doc as { createdAt?: Date }).createdAt ? { createdAt: (doc as { createdAt?: Date }).createdAt } : {}),
  };
}

export async function insertApiKey(key: Omit<ApiKey, 'revokedAt' | 'lastUsedAt' | 'createdAt'>): Promise<ApiKey> {
  const { id, ...fields } = key;
  await ApiKeyModel.create({ _id: id, ...fields });
  return (await findApiKeyById(id))!;
}

export async function findApiKeyById(id: string): Promise<ApiKey | undefined> {
  const doc = await ApiKeyModel.findById(id).lean<ApiKeyDocument>();
  return doc ? toApiKey(doc) : undefined;
}

export async function findApiKeyByPrefix(prefix: string): Promise<ApiKey | undefined> {
  const doc = await ApiKeyModel.findOne({ prefix }).lean<ApiKeyDocument>();
  return doc ? toApiKey(doc) : undefined;
}

export async function listApiKeys(): Promise<ApiKey[]> {
  const docs = await ApiKeyModel.find().sort({ createdAt: -1 }).lean<ApiKeyDocument[]>();
  return docs.map(toApiKey);
}

export async function revokeApiKey(id: string, at = new Date()): Promise<ApiKey | undefined> {
  const doc = await ApiKeyModel.findByIdAndUpdate(id, { $set: { revokedAt: at } }, { returnDocument: 'after' }).lean<ApiKeyDocument>();
  return doc ? toApiKey(doc) : undefined;
}

export async function touchApiKey(id: string, at = new Date()): Promise<void> {
  await ApiKeyModel.updateOne({ _id: id }, { $set: { lastUsedAt: at } });
}
