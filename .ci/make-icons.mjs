// One-off: draws the ladder icon of public/favicon.svg as PNGs for the web app manifest, with node's zlib only
// (no native image library to install). Run `node .ci/make-icons.mjs` after changing the drawing; commit the PNGs.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1d, 0x4e, 0x89];
const WHITE = [0xff, 0xff, 0xff];

// The favicon's geometry on its 64-unit grid: two rails and three rungs, 5 units wide with round ends.
const SEGMENTS = [
  [20, 10, 20, 54],
  [44, 10, 44, 54],
  [20, 20, 44, 20],
  [20, 32, 44, 32],
  [20, 44, 44, 44],
];
const STROKE = 5;

const distanceToSegment = (px, py, [x1, y1, x2, y2]) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
};

const insideRoundedSquare = (x, y, radius) => {
  const cx = Math.min(Math.max(x, radius), 64 - radius);
  const cy = Math.min(Math.max(y, radius), 64 - radius);
  return x >= 0 && x <= 64 && y >= 0 && y <= 64 && Math.hypot(x - cx, y - cy) <= radius;
};

/**
 * maskable: the background fills the whole square and the ladder shrinks into the central 80 % safe zone, since
 * launchers crop maskable icons to their own shape.
 */
function draw(size, { maskable }) {
  const SAMPLES = 4;
  const pixels = Buffer.alloc(size * size * 4);
  const scale = maskable ? 0.72 : 1;
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      let background = 0;
      let ink = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = ((col + (sx + 0.5) / SAMPLES) / size) * 64;
          const y = ((row + (sy + 0.5) / SAMPLES) / size) * 64;
          const inBackground = maskable || insideRoundedSquare(x, y, 12);
          if (!inBackground) continue;
          background += 1;
          const lx = 32 + (x - 32) / scale;
          const ly = 32 + (y - 32) / scale;
          if (SEGMENTS.some((segment) => distanceToSegment(lx, ly, segment) <= STROKE / 2)) ink += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const alpha = background / total;
      const inkShare = background ? ink / background : 0;
      const offset = (row * size + col) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = Math.round(BLUE[channel] * (1 - inkShare) + WHITE[channel] * inkShare);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (buffer) => {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    // Filter type 0 (none) on each row: simplest, and deflate does well enough on flat colour.
    pixels.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: 'public/pwa-192.png', size: 192, maskable: false },
  { file: 'public/pwa-512.png', size: 512, maskable: false },
  { file: 'public/pwa-maskable-512.png', size: 512, maskable: true },
];

for (const icon of ICONS) {
  const png = encodePng(icon.size, draw(icon.size, icon));
  writeFileSync(new URL(`../${icon.file}`, import.meta.url), png);
  console.log(`${icon.file}: ${png.length} bytes`);
}
