#!/usr/bin/env node
// Draws Parley's icon (a calm speech bubble on a blue rounded square) into public/icons at every
// size the browsers and stores ask for. Pure Node (zlib + a tiny PNG encoder), so it needs no
// image tools; the PNGs are committed and this script only reruns when the design changes.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [47, 91, 211];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Signed distances in unit coordinates (0..1).
const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const tail = (x, y) => {
  // A small triangle under the bubble's left side.
  const ax = 0.3, ay = 0.62, bx = 0.46, by = 0.62, cx = 0.28, cy = 0.8;
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  const inside = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  return inside ? -0.01 : 0.01;
};
function draw(size) {
  const buf = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {for (let px = 0; px < size; px++) {
    let bg = 0, fg = 0;
    for (let sy = 0; sy < ss; sy++) {for (let sx = 0; sx < ss; sx++) {
      const x = (px + (sx + 0.5) / ss) / size, y = (py + (sy + 0.5) / ss) / size;
      if (roundRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.22) <= 0) {
        bg++;
        const bubble = Math.min(roundRect(x, y, 0.5, 0.44, 0.29, 0.2, 0.12), tail(x, y));
        const dots = [0.38, 0.5, 0.62].some((dx) => Math.hypot(x - dx, y - 0.44) < 0.045);
        if (bubble <= 0 && !dots) fg++;
      }
    }}
    const n = ss * ss, a = bg / n, f = bg ? fg / bg : 0, i = (py * size + px) * 4;
    for (let c = 0; c < 3; c++) buf[i + c] = Math.round(BLUE[c] * (1 - f) + WHITE[c] * f);
    buf[i + 3] = Math.round(a * 255);
  }}
  return buf;
}
mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size, draw(size)));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
