import mongoose, { Schema } from 'mongoose';

/** One document per source: whoever holds an unexpired lease is the only process running that source. */
const leaseSchema = new Schema(
  {
    _id: { type: String },
    holder: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'ingestion_leases', versionKey: false },
);

export const LeaseModel = mongoose.model('IngestionLease', leaseSchema);
