// The reading toolbar: dark mode, text size, print, PDF, read aloud. No framework: this and
// the theme script in the page head (theme-early.js) are the only scripts a reading page runs.

const scales = [0.875, 1, 1.125, 1.25, 1.5];
const root = document.documentElement;

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage: the tool still works for this page.
  }
}

/** Wires one toolbar's buttons. */
export function setUpReadingTools(toolbar: HTMLElement): void {
  const lang = toolbar.dataset.lang ?? 'vi-VN';
  const messages = JSON.parse(toolbar.dataset.messages ?? '{}') as Record<string, string>;
  const status = toolbar.querySelector<HTMLElement>('[data-status]')!;
  const button = (action: string) => toolbar.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const say = (text: string) => (status.textContent = text);

  const themeButton = button('theme');
  const showTheme = () => themeButton.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  showTheme();
  themeButton.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    store('cong-theme', root.dataset.theme);
    showTheme();
  });

  const currentScale = () => Number(getComputedStyle(root).getPropertyValue('--text-scale')) || 1;
  const setScale = (scale: number) => {
    root.style.setProperty('--text-scale', String(scale));
    store('cong-text-scale', scale === 1 ? null : String(scale));
  };
  const step = (direction: number) => {
    const index = scales.findIndex((scale) => scale >= currentScale());
    setScale(scales[Math.min(scales.length - 1, Math.max(0, (index < 0 ? 1 : index) + direction))]!);
  };
  button('smaller').addEventListener('click', () => step(-1));
  button('larger').addEventListener('click', () => step(1));
  button('reset').addEventListener('click', () => setScale(1));

  button('print').addEventListener('click', () => window.print());
  button('pdf').addEventListener('click', () => {
    say(messages.pdfHint ?? '');
    window.print();
  });

  const read = button('read');
  const pause = button('pause');
  const stop = button('stop');
  const reading = (on: boolean) => {
    pause.hidden = stop.hidden = !on;
    read.hidden = on;
    pause.textContent = messages.pause ?? '';
  };
  read.addEventListener('click', async () => {
    const speech = window.speechSynthesis;
    if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return void say(messages.noSpeech ?? '');
    const prefix = lang.slice(0, 2);
    const voices = await voicesOf(speech);
    if (!voices.some((voice) => voice.lang.toLowerCase().startsWith(prefix))) return void say(messages.noVoice ?? '');
    const text = (document.querySelector<HTMLElement>('[data-readable]') ?? document.querySelector('main'))?.innerText ?? '';
    const utterance = new SpeechSynthesisUtterance(text);
    // The language is enough: the browser speaks it with its own voice for that language.
    utterance.lang = lang;
    utterance.onend = utterance.onerror = () => reading(false);
    speech.cancel();
    speech.speak(utterance);
    say('');
    reading(true);
  });
  pause.addEventListener('click', () => {
    const speech = window.speechSynthesis;
    if (speech.paused) {
      speech.resume();
      pause.textContent = messages.pause ?? '';
    } else {
      speech.pause();
      pause.textContent = messages.resume ?? '';
    }
  });
  stop.addEventListener('click', () => {
    window.speechSynthesis.cancel();
    reading(false);
  });
}

// Chrome lists its voices only after a "voiceschanged" event: wait for it briefly.
function voicesOf(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const voices = speech.getVoices();
  if (voices.length || !('addEventListener' in speech)) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => resolve(speech.getVoices());
    speech.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}
