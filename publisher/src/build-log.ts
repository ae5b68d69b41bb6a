/**
 * What of a build's output goes into the publisher's log: every line but Astro's one line a
 * page ("├─ /tin-tuc/…/index.html (+3ms)"), 150,000 of them at ten years, which become a
 * count every `everyMs` while pages are being written; and without Astro's own clock (UTC),
 * since each log line already carries the province's time.
 */
export function buildLog(log: (line: string) => void, { everyMs = 5000, now = () => Date.now() } = {}): (line: string) => void {
  let pages = 0;
  let lastCount = now();
  return (line) => {
    const text = line.replace(/^\d{2}:\d{2}:\d{2} /, '');
    if (/^\s*[├└]─ /.test(text)) {
      pages += text.split(/[├└]─ /).length - 1;
      if (now() - lastCount >= everyMs) {
        log(`đã dựng ${pages} trang…`);
        lastCount = now();
      }
      return;
    }
    log(text);
  };
}
