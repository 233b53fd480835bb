import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * One document per area (a province or a region) holding its whole demand table. At regional scale an
 * area has a few thousand rows, far below the document limit, and one replace per area keeps a refresh
 * atomic per area without transactions (FerretDB has none).
 */
const areaDemandSchema = new Schema(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true, enum: ['region', 'province'] },
    code: { type: String, required: true },
    asOf: { type: String, required: true },
    refreshedAt: { type: Date, required: true },
    activeVacancies: { type: Number, required: true },
    candidates: { type: Number, required: true },
    occupations: { type: [Schema.Types.Mixed], default: [] },
    isco: { type: [Schema.Types.Mixed], default: [] },
    skills: { type: [Schema.Types.Mixed], default: [] },
    employersToContact: { type: [Schema.Types.Mixed], default: [] },
  },
  { versionKey: false, collection: 'demand_areas' },
);

export type AreaDemandDocument = InferSchemaType<typeof areaDemandSchema>;
export const AreaDemandModel = mongoose.model('AreaDemand', areaDemandSchema);

/** Demand figures from outside (hiring flows, sector surveys, forecasts), each with its source and period. */
const externalFigureSchema = new Schema(
  {
    _id: { type: String, required: true },
    source: { type: String, required: true },
    period: { type: String, required: true },
    periodStart: { type: String },
    scope: { type: String, required: true, enum: ['country', 'region', 'province'] },
    area: { type: String, required: true },
    indicator: { type: String, required: true },
    value: { type: Number, required: true },
    sector: { type: String },
    occupation: { type: String },
    importedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'demand_external_figures' },
);
externalFigureSchema.index({ scope: 1, area: 1, period: 1 });

export type ExternalFigureDocument = InferSchemaType<typeof externalFigureSchema>;
export const ExternalFigureModel = mongoose.model('DemandExternalFigure', externalFigureSchema);
