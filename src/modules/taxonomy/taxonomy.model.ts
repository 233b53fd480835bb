import mongoose, { Schema } from 'mongoose';

/**
 * The taxonomy copied into the database at seed time, for other systems and ad-hoc queries; the service itself
 * answers from the in-memory index. Records keep the shapes of seeds/taxonomy (taxonomy.records.ts); `_id` is the
 * record's own key (URI, code, or the pair a relation links).
 */
function taxonomyModel(name: string, collection: string) {
  return mongoose.model(name, new Schema({ _id: String }, { strict: false, versionKey: false, collection }));
}

export const taxonomyModels = {
  skills: taxonomyModel('TaxonomySkill', 'taxonomy_skills'),
  skillGroups: taxonomyModel('TaxonomySkillGroup', 'taxonomy_skill_groups'),
  skillRelations: taxonomyModel('TaxonomySkillRelation', 'taxonomy_skill_relations'),
  occupations: taxonomyModel('TaxonomyOccupation', 'taxonomy_occupations'),
  iscoGroups: taxonomyModel('TaxonomyIscoGroup', 'taxonomy_isco_groups'),
  cp2011Titles: taxonomyModel('TaxonomyCp2011Title', 'taxonomy_cp2011_titles'),
  cp2011Units: taxonomyModel('TaxonomyCp2011Unit', 'taxonomy_cp2011_units'),
  crosswalk: taxonomyModel('TaxonomyCp2011Crosswalk', 'taxonomy_cp2011_crosswalk'),
};

const versionSchema = new Schema(
  { _id: String, key: { type: String, required: true }, version: { type: String, required: true }, counts: { type: Schema.Types.Mixed, required: true } },
  { versionKey: false, collection: 'taxonomy_versions' },
);

/** One document recording the seed key (hash of the seed files) last loaded, so an unchanged taxonomy is skipped. */
export const taxonomyVersions = mongoose.model('TaxonomyVersion', versionSchema);
