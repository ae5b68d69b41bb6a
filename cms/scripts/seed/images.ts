import sharp from 'sharp';

// Muted colours of a government site; each photo gets its own pair so they tell apart.
const palette = [
  ['#1f4e79', '#6fa8dc'],
  ['#7f1d1d', '#f2b8a0'],
  ['#14532d', '#a7d7a0'],
  ['#4a3b6b', '#c3b5e6'],
  ['#5b4a1f', '#e8d49a'],
];

/**
 * A stand-in photo (the demo has captions, not photos): a 1600×900 JPEG, large enough
 * for Strapi to make every responsive size from it.
 */
export function placeholderPhoto(seed: number): Promise<Buffer> {
  const [dark, light] = palette[seed % palette.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="${400 + (seed * 173) % 800}" cy="450" r="220" fill="#ffffff" fill-opacity="0.12"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
