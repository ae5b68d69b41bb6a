import type { BrokenReference } from './broken-reference.js';

/**
 * Strapi's webhook events that can change what the public site shows: the CMS subscribes the
 * publisher to them, and the publisher acts on them. A draft's create or update fires the
 * first two as well, with an empty publishedAt: the publisher ignores those.
 */
export const siteChangeEvents = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
] as const;

/** One build the publisher put live (or kept, after a rollback). */
export interface PublisherRelease {
  /** The release folder's name: the build's start time, sortable. */
  id: string;
  builtAt: string;
  pages: number;
  /**
   * Files entries show that this release went out without, for their editors; in the status
   * only the live release carries them.
   */
  brokenReferences?: BrokenReference[];
}

/** How one publish ended: live, failed (build or CMS error), or refused by a safety check. */
export interface PublisherAttempt {
  id: string;
  startedAt: string;
  finishedAt: string;
  outcome: 'published' | 'failed' | 'refused' | 'rolled-back';
  /** Why it did not go live, in Vietnamese, for editors. */
  reason?: string;
  pages?: number;
  /** The pages the build rendered: all of them, or in a partial build only those that changed. */
  rendered?: number;
  /** The release a partial build started from; absent for a full build. */
  base?: string;
  seconds: number;
  /** The webhook events (or command) that asked for it. */
  triggers: string[];
}

/** What GET /status of the publisher answers, and what the admin shows editors. */
export interface PublisherStatus {
  state: 'idle' | 'waiting' | 'building';
  live: PublisherRelease | null;
  lastAttempt: PublisherAttempt | null;
  /** The last attempt that put a release live. */
  lastPublished: PublisherAttempt | null;
  releases: PublisherRelease[];
}
