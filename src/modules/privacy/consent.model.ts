import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const consentPurposes = [
  'service-delivery',
  'matching',
  /** Pseudonymous profile may appear in employers' shortlists. */
  'share-profile-with-employers',
  /** Staff of other employment centres may see the profile (never the protected data). */
  'share-with-other-centres',
  /** One named employer may learn who the candidate is. */
  'introduction',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

const consentSchema = new Schema(
  {
    _id: { type: String, required: true },
    candidateId: { type: String, required: true, index: true },
    purpose: { type: String, enum: consentPurposes, required: true },
    employerId: { type: String },
    grantedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
    withdrawnAt: { type: Date },
    withdrawnBy: { type: String },
  },
  { versionKey: false },
);

export type ConsentDocument = InferSchemaType<typeof consentSchema> & { _id: string };
export const ConsentModel = mongoose.model('Consent', consentSchema, 'consents');
