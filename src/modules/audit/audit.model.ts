import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const auditSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true, index: true },
    actor: {
      id: { type: String, required: true },
      kind: { type: String, required: true },
      roles: { type: [String], default: [] },
    },
    action: { type: String, required: true },
    subjectRef: { type: String, index: true },
    vacancyId: { type: String },
    route: { type: String, required: true },
    requestId: { type: String },
    reason: { type: String },
    details: { type: Schema.Types.Mixed },
  },
  { versionKey: false, strict: 'throw' },
);
auditSchema.index({ 'actor.id': 1, at: -1 });

export type AuditDocument = InferSchemaType<typeof auditSchema> & { _id: string };
/** Append-only by construction: the repository exposes insert, find and the retention purge, nothing else. */
export const AuditModel = mongoose.model('AuditEntry', auditSchema, 'audit_log');
