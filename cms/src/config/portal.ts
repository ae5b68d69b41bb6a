import type { Core } from '@strapi/strapi';

/**
 * The portal's own settings, read from the environment and checked once when Strapi loads
 * (cms/config/portal.ts; documented in cms/.env.example). Read them here, not from the
 * environment: a malformed value has already stopped the CMS with a message naming it.
 */
export interface PortalConfig {
  /** SITE_URL: the public site's address, without a trailing slash (the receipt page links back to it). */
  siteUrl: string;
  /** COMMENT_RATE_LIMIT_MAX: comments one client address may send per window. */
  commentRateLimitMax: number;
  /** COMMENT_RATE_LIMIT_WINDOW: that window, in seconds. */
  commentRateLimitWindowSeconds: number;
  /** LOGIN_THROTTLE_MAX: failed logins one client address may make per window, across accounts. */
  loginThrottleMax: number;
  /** LOGIN_THROTTLE_WINDOW: that window, in seconds. */
  loginThrottleWindowSeconds: number;
  /** PUBLISHER_URL: the publisher's address, without a trailing slash; '' when unset (no webhook). */
  publisherUrl: string;
  /** PUBLISHER_SECRET: the bearer key the publisher expects; '' when unset. */
  publisherSecret: string;
  /** SITE_API_TOKEN: the site build's read-only key; '' when unset (bootstrap makes one). */
  siteApiToken: string;
  /** SITE_TOKEN_FILE: where bootstrap writes that key, relative to the app's folder. */
  siteTokenFile: string;
  /** SIGNATURE_TRUST_ROOTS: the PEM file of trusted root certificates; '' when unset. */
  signatureTrustRoots: string;
}

/** The portal's settings, as cms/config/portal.ts read them. */
export function portalConfig(strapi: Core.Strapi): PortalConfig {
  return strapi.config.get<PortalConfig>('portal');
}
