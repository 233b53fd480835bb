import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { fundingLines, interventionOutcomes, interventionTypes } from './intervention.types.js';

const interventionSchema = new Schema(
  {
    _id: { type: String, required: true },
    candidateId: { type: String, required: true },
    centreId: { type: String, required: true },
    type: { type: String, enum: interventionTypes, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String },
    provider: { type: String, required: true },
    staffId: { type: String, required: true },
    fundingLine: { type: String, enum: fundingLines, required: true },
    projectCode: { type: String },
    outcome: { type: String, enum: interventionOutcomes, required: true },
    /** Type-specific facts, already validated by the zod schema of the type. */
    details: { type: Schema.Types.Mixed, default: {} },
    notes: { type: String },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    hasProfileEffect: { type: Boolean, required: true },
    appliedAt: { type: Date },
  },
  { versionKey: false, minimize: false },
);

interventionSchema.index({ candidateId: 1, startDate: 1 });
interventionSchema.index({ centreId: 1, startDate: 1 });
interventionSchema.index({ hasProfileEffect: 1, appliedAt: 1 });

export type InterventionDocument = InferSchemaType<typeof interventionSchema> & { _id: string };
export const InterventionModel = mongoose.model('Intervention', interventionSchema, 'interventions');
