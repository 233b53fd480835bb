import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose';

export const decisionStatuses = ['proposed', 'contacted', 'interview', 'hired', 'rejected', 'declined'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

/** Append-only: every decision is a new document, so the history of a pair is never rewritten. */
const matchDecisionSchema = new Schema(
  {
    candidateId: { type: String, required: true },
    vacancyId: { type: String, required: true },
    status: { type: String, enum: decisionStatuses, required: true },
    reason: { type: String },
    decidedBy: { type: String, required: true },
  },
  { collection: 'match_decisions', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
matchDecisionSchema.index({ candidateId: 1, createdAt: 1 });
matchDecisionSchema.index({ vacancyId: 1, createdAt: 1 });

export type MatchDecisionDocument = InferSchemaType<typeof matchDecisionSchema> & { _id: Types.ObjectId; createdAt: Date };
export const MatchDecisionModel = mongoose.model('MatchDecision', matchDecisionSchema);
