import { encodePng } from './png.ts';

// The add-in's icon, drawn in code: a video camera. Ribbon and mobile icons are grey #919191 on
// transparent, as Microsoft asks of online-meeting providers (notes/outlook-addin.md §1.1
// "Restrictions"); the store icons (IconUrl, HighResolutionIconUrl) are white on the DSFR blue.

import type { IconStyle } from './addin-files.ts';

type Rgb = readonly [number, number, number];


const GREY: Rgb = [0x91, 0x91, 0x91];
const BLUE: Rgb = [0x00, 0x00, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];

function inRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, r: number): boolean {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The lens: a trapezoid widening to the right. */
function inLens(x: number, y: number): boolean {
  if (x < 0.64 || x > 0.9) return false;
  const half = 0.1 + ((x - 0.64) / 0.26) * 0.14;
  return Math.abs(y - 0.5) <= half;
}

function inCamera(x: number, y: number): boolean {
  return inRoundedRect(x, y, 0.1, 0.28, 0.62, 0.72, 0.08) || inLens(x, y);
}

/** Coverage by 4×4 supersampling: smooth edges without a graphics library. */
function coverage(px: number, py: number, size: number, inside: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inside((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
}

export function drawIcon(size: number, style: IconStyle): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const glyph = coverage(x, y, size, inCamera);
      if (style === 'command') {
        rgba.set([...GREY, Math.round(glyph * 255)], i);
        continue;
      }
      const tile = coverage(x, y, size, (u, v) => inRoundedRect(u, v, 0, 0, 1, 1, 0.18));
      const mix = (c: number) => Math.round(BLUE[c]! * (1 - glyph) + WHITE[c]! * glyph);
      rgba.set([mix(0), mix(1), mix(2), Math.round(tile * 255)], i);
    }
  }
  return encodePng(size, size, rgba);
}
