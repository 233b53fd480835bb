import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * A feed source, stored as data. The definition (url, format, mapping…) is kept as one validated
 * sub-document; the rest is run bookkeeping that only the ingestion service writes.
 */
const sourceSchema = new Schema(
  {
    name: { type: String, required: true, unique: true },
    definition: { type: Schema.Types.Mixed, required: true },
    /** Successful, completed runs so far: the sequence that expiry-by-absence counts in. */
    completedRuns: { type: Number, default: 0 },
    consecutiveFailures: { type: Number, default: 0 },
    paused: { type: Boolean, default: false },
    pausedReason: { type: String },
    lastRunAt: { type: Date },
    lastRunStatus: { type: String },
  },
  { collection: 'ingestion_sources', timestamps: true, minimize: false },
);

export type SourceDocument = InferSchemaType<typeof sourceSchema>;
export const SourceModel = mongoose.model('IngestionSource', sourceSchema);
