import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose';
import { vacancyStatuses } from './vacancy-status.js';

const resolvedLocationSchema = new Schema(
  {
    istat: String,
    comune: String,
    provinceCode: String,
    provinceAbbrev: String,
    regionCode: String,
    lat: Number,
    lon: Number,
    remote: Boolean,
  },
  { _id: false },
);

/**
 * The interchange record is stored as given (`record`), beside the fields the service derives from
 * it for filtering: resolved location, employer link, occupation. `contentHash` lets ingestion skip
 * unchanged records without rewriting them.
 */
const vacancySchema = new Schema(
  {
    source: { type: String, required: true },
    externalId: { type: String, required: true },
    status: { type: String, required: true, enum: vacancyStatuses },
    record: { type: Schema.Types.Mixed, required: true },
    employerId: { type: String },
    occupation: { type: String },
    location: { type: resolvedLocationSchema },
    contentHash: { type: String, required: true },
    /** Set by ingestion: the canonical vacancy this one near-duplicates, so statistics count it once. */
    duplicateOf: { type: String },
    /** Set by ingestion: why staff should review the vacancy before vulnerable candidates see it. */
    riskFlags: { type: [{ code: String, detail: String, _id: false }], default: undefined },
    /** Ingestion bookkeeping (first run that listed it, duplicate blocking keys); owned by src/modules/ingestion. */
    ingestion: { type: Schema.Types.Mixed },
  },
  { collection: 'vacancies', timestamps: true, versionKey: false, strict: 'throw', minimize: false },
);

vacancySchema.index({ source: 1, externalId: 1 }, { unique: true });
vacancySchema.index({ updatedAt: 1, _id: 1 });

export type VacancyDocument = InferSchemaType<typeof vacancySchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export const VacancyModel = mongoose.model('Vacancy', vacancySchema);
