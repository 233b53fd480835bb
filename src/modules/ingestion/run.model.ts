import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const runStatuses = ['running', 'succeeded', 'failed', 'abandoned'] as const;
export type RunStatus = (typeof runStatuses)[number];

const counts = {
  fetched: { type: Number, default: 0 },
  created: { type: Number, default: 0 },
  updated: { type: Number, default: 0 },
  unchanged: { type: Number, default: 0 },
  quarantined: { type: Number, default: 0 },
  duplicates: { type: Number, default: 0 },
  expired: { type: Number, default: 0 },
  errors: { type: Number, default: 0 },
  pages: { type: Number, default: 0 },
};

const timings = {
  fetchMs: { type: Number, default: 0 },
  validateMs: { type: Number, default: 0 },
  analyseMs: { type: Number, default: 0 },
  writeMs: { type: Number, default: 0 },
  totalMs: { type: Number, default: 0 },
};

/** One ingestion run of one source: counts, timings, errors and the checkpoint it reached. */
const runSchema = new Schema(
  {
    source: { type: String, required: true },
    /** The completed-run sequence this run will become if it succeeds; a crashed run's successor reuses it. */
    seq: { type: Number, required: true },
    trigger: { type: String, enum: ['schedule', 'api', 'cli', 'replay'], required: true },
    status: { type: String, enum: runStatuses, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date },
    heartbeatAt: { type: Date },
    checkpoint: { pageIndex: Number, url: String },
    counts,
    timings,
    errorMessages: { type: [String], default: [] },
  },
  { collection: 'ingestion_runs', minimize: false },
);
runSchema.index({ source: 1, startedAt: -1 });

export type RunDocument = InferSchemaType<typeof runSchema>;
export const RunModel = mongoose.model('IngestionRun', runSchema);
