import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const courseSchema = new Schema(
  {
    _id: { type: String, required: true },
    provider: { type: String, required: true },
    title: { type: String, required: true },
    kind: { type: String, required: true },
    skills: { type: [String], default: [] },
    location: { comune: String, online: { type: Boolean, required: true } },
    place: { istat: String, lat: Number, lon: Number, province: String },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    hours: { type: Number, required: true },
    hoursPerWeek: Number,
    language: { type: String, required: true },
    minItalianLevel: String,
    italianLevelTaught: String,
    seats: { type: Number, required: true },
    costEur: { type: Number, required: true },
    funding: { type: String, required: true },
    url: String,
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'courses' },
);
courseSchema.index({ 'place.province': 1 });

export type CourseDocument = InferSchemaType<typeof courseSchema>;
export const CourseModel = mongoose.model('Course', courseSchema);
