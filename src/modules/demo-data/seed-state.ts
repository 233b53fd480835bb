import mongoose, { Schema } from 'mongoose';

export type SeedStepState = 'started' | 'complete';

/**
 * One document per seed step that must finish as a whole. It says `started` from the first write until the
 * step ends, so a start killed half-way is recognised at the next start and the step is run again to the end.
 */
const seedStateSchema = new Schema(
  { _id: { type: String, required: true }, state: { type: String, enum: ['started', 'complete'], required: true } },
  { collection: 'seed_state', timestamps: true, versionKey: false, strict: 'throw' },
);
const SeedStateModel = mongoose.model('SeedState', seedStateSchema);

export async function readSeedState(step: string): Promise<SeedStepState | undefined> {
  const doc = await SeedStateModel.findById(step).lean<{ state: SeedStepState }>();
  return doc?.state;
}

export async function markSeedState(step: string, state: SeedStepState): Promise<void> {
  await SeedStateModel.replaceOne({ _id: step }, { _id: step, state }, { upsert: true });
}
