/**
 * Draws the toolbar icons (a magnifying glass over a page, on a blue tile) into public/icon/*.png.
 * The PNGs are committed; run `npx tsx scripts/make-icons.ts` only to change the design.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const TILE: RGBA = [24, 73, 169, 255];
const PAGE: RGBA = [255, 255, 255, 255];
const LINES: RGBA = [152, 162, 179, 255];
const LENS: RGBA = [254, 200, 75, 255];

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour of the point (x, y) in a unit square, or null outside the icon. */
function shade(x: number, y: number): RGBA | null {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const lx = x - 0.6;
  const ly = y - 0.58;
  const d = Math.hypot(lx, ly);
  if (segmentDistance(x, y, 0.74, 0.72, 0.86, 0.84) < 0.055) return LENS;
  if (d < 0.2 && d > 0.14) return LENS;
  if (x > 0.2 && x < 0.62 && y > 0.16 && y < 0.78) {
    const inLens = d <= 0.14;
    const line = (y - 0.26) % 0.1 < 0.04 && y > 0.24 && y < 0.7 && x > 0.26 && x < 0.56;
    if (line) return inLens ? TILE : LINES;
    return PAGE;
  }
  if (d <= 0.14) return [219, 234, 254, 255];
  return TILE;
}

function render(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    row[0] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c === null) continue;
          for (let k = 0; k < 3; k++) acc[k]! += c[k]! * c[3];
          acc[3]! += c[3];
        }
      }
      const n = ss * ss;
      const a = acc[3]! / n;
      for (let k = 0; k < 3; k++) row[1 + px * 4 + k] = a === 0 ? 0 : Math.round(acc[k]! / acc[3]!);
      row[1 + px * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(join(outDir, `${size}.png`), render(size));
}
