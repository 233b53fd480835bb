import mongoose, { Schema } from 'mongoose';

/**
 * Reference tables copied into the database at seed time so other systems can query them; the
 * service itself answers from the in-memory ReferenceData. `_id` is the table's own code.
 */
function referenceModel(name: string, collection: string) {
  return mongoose.model(name, new Schema({ _id: String }, { strict: false, versionKey: false, collection }));
}

export const referenceModels = {
  comuni: referenceModel('ReferenceComune', 'reference_comuni'),
  provinces: referenceModel('ReferenceProvince', 'reference_provinces'),
  regions: referenceModel('ReferenceRegion', 'reference_regions'),
  permitReasons: referenceModel('ReferencePermitReason', 'reference_permit_reasons'),
  cefrLevels: referenceModel('ReferenceCefrLevel', 'reference_cefr_levels'),
  ateco: referenceModel('ReferenceAteco', 'reference_ateco'),
};

const tableVersionSchema = new Schema(
  { _id: String, hash: { type: String, required: true }, count: { type: Number, required: true } },
  { versionKey: false, collection: 'reference_table_versions' },
);

/** One document per reference table with the fingerprint of the content last loaded. */
export const referenceTableVersions = mongoose.model('ReferenceTableVersion', tableVersionSchema);
