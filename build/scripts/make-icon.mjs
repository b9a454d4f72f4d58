// Draws the PCO Desk app icon (build/resources/icon.png, 512×512 RGBA) with no dependency but
// zlib: a teal rounded square, a white case card with three text lines, and an amber badge with
// a check mark. Shapes are signed-distance functions sampled 4×4 per pixel for smooth edges.
// electron-builder derives the .ico/.icns/Linux sizes from this file.
//   node build/scripts/make-icon.mjs [output.png]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const output = process.argv[2] ?? join(root, 'build', 'resources', 'icon.png');

// ---- geometry (signed distance: negative inside) ----
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function segment(x, y, ax, ay, bx, by, halfWidth) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - halfWidth;
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const TEAL_TOP = [20, 140, 130];
const TEAL_BOTTOM = [13, 90, 86];
const WHITE = [255, 255, 255];
const INK = [120, 160, 156];
const AMBER = [245, 158, 11];

/** Layers bottom to top: [distance function, colour function]. */
const layers = [
  [(x, y) => roundedRect(x, y, 24, 24, 488, 488, 104), (_x, y) => mix(TEAL_TOP, TEAL_BOTTOM, y / SIZE)],
  [(x, y) => roundedRect(x, y, 136, 96, 376, 416, 28), () => WHITE],
  [(x, y) => roundedRect(x, y, 176, 172, 336, 196, 12), () => INK],
  [(x, y) => roundedRect(x, y, 176, 232, 336, 256, 12), () => INK],
  [(x, y) => roundedRect(x, y, 176, 292, 276, 316, 12), () => INK],
  [(x, y) => circle(x, y, 368, 376, 76), () => WHITE],
  [(x, y) => circle(x, y, 368, 376, 64), () => AMBER],
  [(x, y) => Math.min(segment(x, y, 334, 378, 358, 402, 11), segment(x, y, 358, 402, 402, 350, 11)), () => WHITE],
];

function shade(px, py) {
  let rgb = [0, 0, 0];
  let alpha = 0;
  for (const [distance, colour] of layers) {
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        if (distance(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES) <= 0) covered++;
      }
    }
    if (covered === 0) continue;
    const a = covered / (SAMPLES * SAMPLES);
    const c = colour(px + 0.5, py + 0.5);
    // "over" compositing with straight (non-premultiplied) colour
    const outAlpha = a + alpha * (1 - a);
    rgb = rgb.map((v, i) => (c[i] * a + v * alpha * (1 - a)) / outAlpha);
    alpha = outAlpha;
  }
  return [...rgb.map((v) => Math.round(v)), Math.round(alpha * 255)];
}

// ---- PNG encoding ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) pixels.set(shade(x, y), (y * SIZE + x) * 4);
}
await mkdir(dirname(output), { recursive: true });
await writeFile(output, encodePng(SIZE, SIZE, pixels));
console.log(`Icon written to ${output}`);
