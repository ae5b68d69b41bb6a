import { provinceDateOf } from '@cong/shared';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtText } from './built-site';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day a date shown to a reader names, YYYY-MM-DD, read as its page's language writes it; null when it is not written that way. */
function dayShown(text: string, language: string): string | null {
  if (language === 'en') {
    const [, day, month, year] = /\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/.exec(text) ?? [];
    const number = months.indexOf(month ?? '') + 1;
    return number ? `${year}-${String(number).padStart(2, '0')}-${day!.padStart(2, '0')}` : null;
  }
  const [, day, month, year] = /\b(\d{2})\/(\d{2})\/(\d{4})\b/.exec(text) ?? [];
  return day ? `${year}-${month}-${day}` : null;
}

describe('every date a reader sees', () => {
  it('is the province’s day of what it dates, written in the page’s language', async () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const file of (await builtFiles()).filter((name) => name.endsWith('.html'))) {
      const html = await builtText(file);
      const language = /<html [^>]*lang="([a-z]{2})/.exec(html)![1]!;
      for (const [, datetime, text] of html.matchAll(/<time datetime="([^"]+)">([^<]*)<\/time>/g)) {
        seen++;
        if (dayShown(text!, language) !== provinceDateOf(datetime!)) wrong.push(`${file}: ${datetime} → “${text}”`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('on an English page is written in English, never as Vietnamese day/month/year', async () => {
    const english = (await builtFiles()).filter((name) => name.startsWith('en/') && name.endsWith('.html'));
    const vietnamese: string[] = [];
    for (const file of english) {
      const text = (await builtText(file)).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
      for (const [date] of text.matchAll(/\b\d{2}\/\d{2}\/\d{4}\b/g)) vietnamese.push(`${file}: ${date}`);
    }
    expect(english.length).toBeGreaterThan(3);
    expect(vietnamese).toEqual([]);
  });
});
