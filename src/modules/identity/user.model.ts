import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { userRoles } from './identity.types.js';

const userSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Lower-cased login name (an e-mail address in practice). */
    username: { type: String, required: true, unique: true },
    displayName: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], enum: userRoles, required: true },
    centreId: { type: String },
    employerId: { type: String },
    provinceCode: { type: String },
    regionCode: { type: String },
    disabled: { type: Boolean, default: false },
    failedLogins: { type: Number, default: 0 },
    lockedUntil: { type: Date },
    /** Demo accounts are refused when NODE_ENV=production. */
    demo: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);

export type UserDocument = InferSchemaType<typeof userSchema> & { _id: string };
export const UserModel = mongoose.model('User', userSchema, 'users');

const centreSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    provinceCode: { type: String, required: true },
    regionCode: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export type CentreDocument = InferSchemaType<typeof centreSchema> & { _id: string };
/** Employment centres (Centri per l'impiego): staff belong to one, and it belongs to a province and region. */
export const CentreModel = mongoose.model('EmploymentCentre', centreSchema, 'employment_centres');
