import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const placeSchema = new Schema(
  {
    istat: { type: String, required: true },
    name: { type: String, required: true },
    provinceCode: { type: String, required: true },
    provinceAbbrev: { type: String, required: true },
    regionCode: { type: String, required: true },
    lat: { type: Number, required: true },
    lon: { type: Number, required: true },
  },
  { _id: false },
);

const employerSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    taxCode: { type: String, required: true },
    taxCodeKind: { type: String, required: true, enum: ['person', 'company'] },
    ateco: { type: String, required: true },
    sites: { type: [new Schema({ name: String, comune: { type: placeSchema, required: true } }, { _id: false })], default: [] },
  },
  { collection: 'employers', timestamps: true, versionKey: false, strict: 'throw' },
);

employerSchema.index({ taxCode: 1 }, { unique: true });
employerSchema.index({ updatedAt: 1, _id: 1 });

export type EmployerDocument = InferSchemaType<typeof employerSchema> & { _id: string; createdAt: Date; updatedAt: Date };
export const EmployerModel = mongoose.model('Employer', employerSchema);
