import type { Locale } from '@cong/shared';
import en from './en.json';
import vi from './vi.json';

export type MessageKey = keyof typeof vi;
const messages: Record<Locale, Partial<Record<MessageKey, string>>> = { vi, en };

/** The UI string for a key in a locale (Vietnamese where English has none), with {params} filled. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[locale][key] ?? messages.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The BCP 47 tag of a locale, for lang attributes, RSS and speech. */
export const languageTag: Record<Locale, string> = { vi: 'vi-VN', en: 'en' };
