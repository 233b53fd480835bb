import mongoose, { Schema } from 'mongoose';

/**
 * "Seen in run" markers: one insert per page with the external ids it listed, instead of one update per
 * vacancy (updates are the slow path on FerretDB). Expiry by absence reads the markers of COMPLETED
 * successful runs only, so a crashed or failed run can never close anything.
 */
const sightingSchema = new Schema(
  {
    source: { type: String, required: true },
    seq: { type: Number, required: true },
    runId: { type: String, required: true },
    pageIndex: { type: Number, required: true },
    externalIds: { type: [String], default: [] },
  },
  { collection: 'ingestion_sightings', versionKey: false },
);
sightingSchema.index({ source: 1, seq: 1 });

export const SightingModel = mongoose.model('IngestionSighting', sightingSchema);
