import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** SHA-256 of the random cookie token: a leaked database does not yield usable sessions. */
    tokenHash: { type: String, required: true, unique: true },
    userId: { type: String, required: true, index: true },
    expiresAt: { type: Date, required: true, index: true },
  },
  { timestamps: true, versionKey: false },
);

export type SessionDocument = InferSchemaType<typeof sessionSchema> & { _id: string };
export const SessionModel = mongoose.model('Session', sessionSchema, 'sessions');

const apiKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The public part shown in listings and used to find the key; the secret part is only hashed. */
    prefix: { type: String, required: true, unique: true },
    secretHash: { type: String, required: true },
    name: { type: String, required: true },
    scopes: { type: [String], required: true },
    createdBy: { type: String, required: true },
    revokedAt: { type: Date },
    lastUsedAt: { type: Date },
    demo: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);

export type ApiKeyDocument = InferSchemaType<typeof apiKeySchema> & { _id: string };
export const ApiKeyModel = mongoose.model('ApiKey', apiKeySchema, 'api_keys');
