import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * A record that failed validation. It is kept, never dropped: a publisher's mistake must stay visible to
 * staff, who can correct it and replay it through the normal pipeline.
 */
const quarantineSchema = new Schema(
  {
    source: { type: String, required: true },
    runId: { type: String, required: true },
    externalId: { type: String },
    raw: { type: Schema.Types.Mixed },
    reasons: { type: [{ path: String, message: String, _id: false }], default: [] },
    status: { type: String, enum: ['open', 'replayed', 'discarded'], default: 'open' },
    corrected: { type: Schema.Types.Mixed },
    replayedAt: { type: Date },
  },
  { collection: 'ingestion_quarantine', timestamps: true, minimize: false },
);
quarantineSchema.index({ source: 1, status: 1, createdAt: -1 });
quarantineSchema.index({ source: 1, externalId: 1 });

export type QuarantineDocument = InferSchemaType<typeof quarantineSchema>;
export const QuarantineModel = mongoose.model('IngestionQuarantine', quarantineSchema);
