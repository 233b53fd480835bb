import mongoose, { Schema } from 'mongoose';

/**
 * Validators (ETag / Last-Modified) per source page, with what the page held: a 304 carries no body,
 * yet its vacancies must still count as seen and its next link must still be followed.
 */
const pageCacheSchema = new Schema(
  {
    source: { type: String, required: true },
    url: { type: String, required: true },
    etag: { type: String },
    lastModified: { type: String },
    externalIds: { type: [String], default: [] },
    recordCount: { type: Number, default: 0 },
    next: { type: String },
  },
  { collection: 'ingestion_page_cache', timestamps: true },
);
pageCacheSchema.index({ source: 1, url: 1 }, { unique: true });

export const PageCacheModel = mongoose.model('IngestionPageCache', pageCacheSchema);
