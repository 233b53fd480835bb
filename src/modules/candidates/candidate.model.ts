import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const placeSchema = new Schema(
  { istat: String, comune: String, provinceCode: String, provinceAbbrev: String, regionCode: String, lat: Number, lon: Number },
  { _id: false },
);

/** The matching profile: the interchange record without `protected`. Names and contacts live elsewhere. */
const candidateSchema = new Schema(
  {
    _id: { type: String, required: true },
    centreId: { type: String },
    record: { type: Schema.Types.Mixed, required: true },
    location: { type: placeSchema },
    occupations: { type: [String], default: [] },
    // Hash of the registration as last written (record, identity, centre), so re-seeding can skip it.
    contentHash: { type: String },
  },
  { collection: 'candidates', timestamps: true, versionKey: false, strict: 'throw', minimize: false },
);
candidateSchema.index({ updatedAt: 1, _id: 1 });

/** Personal and contact data, keyed by candidate id, erased with the profile. */
const identitySchema = new Schema(
  { _id: { type: String, required: true }, givenName: String, familyName: String, email: String, phone: String, address: String },
  { collection: 'candidate_identities', timestamps: true, versionKey: false, strict: 'throw' },
);

/** The protected block (nationality, gender, …): for legally required rules and audits, never for scoring. */
const protectedSchema = new Schema(
  { _id: { type: String, required: true }, attributes: { type: Schema.Types.Mixed, required: true } },
  { collection: 'candidate_protected', timestamps: true, versionKey: false, strict: 'throw', minimize: false },
);

export type CandidateDocument = InferSchemaType<typeof candidateSchema> & { _id: string; createdAt: Date; updatedAt: Date };
export type CandidateIdentityDocument = InferSchemaType<typeof identitySchema> & { _id: string };
export type CandidateProtectedDocument = { _id: string; attributes: Record<string, unknown> };

export const CandidateModel = mongoose.model('Candidate', candidateSchema);
export const CandidateIdentityModel = mongoose.model('CandidateIdentity', identitySchema);
export const CandidateProtectedModel = mongoose.model('CandidateProtected', protectedSchema);
