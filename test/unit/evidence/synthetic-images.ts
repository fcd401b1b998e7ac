import type { ImageDataLike } from '../../../lib/evidence/measure-image-quality';

/**
 * Test pictures made from formulas, so every test states what it measures. A tiny
 * deterministic PRNG (mulberry32) keeps the noisy ones the same on every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A grey picture from a luma function (0…255 per pixel). */
export function greyImage(width: number, height: number, luma: (x: number, y: number) => number): ImageDataLike {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const value = luma(x, y);
      data[offset] = value;
      data[offset + 1] = value;
      data[offset + 2] = value;
      data[offset + 3] = 255;
    }
  }
  return { width, height, data };
}

export function flat(width: number, height: number, luma: number): ImageDataLike {
  return greyImage(width, height, () => luma);
}

export function uniformNoise(width: number, height: number, seed = 1): ImageDataLike {
  const random = seededRandom(seed);
  return greyImage(width, height, () => Math.floor(random() * 256));
}

/**
 * Dark and light squares of `square` pixels. The default levels (30/220) are a printed pattern
 * photographed well: full contrast without clipping to pure black or white.
 */
export function checkerboard(width: number, height: number, square: number, low = 30, high = 220): ImageDataLike {
  return greyImage(width, height, (x, y) => ((Math.floor(x / square) + Math.floor(y / square)) % 2 === 0 ? low : high));
}

/** Adds zero-mean Gaussian noise (Box–Muller) of standard deviation `sigma`, like a camera sensor. */
export function withNoise(image: ImageDataLike, sigma: number, seed = 7): ImageDataLike {
  const random = seededRandom(seed);
  const data = new Uint8ClampedArray(image.data);
  for (let i = 0; i < data.length; i += 4) {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const delta = gaussian * sigma;
    data[i] = (data[i] ?? 0) + delta;
    data[i + 1] = (data[i + 1] ?? 0) + delta;
    data[i + 2] = (data[i + 2] ?? 0) + delta;
  }
  return { width: image.width, height: image.height, data };
}

/** Box blur of the given radius (a (2r+1)² mean), separable, edges clamped: an out-of-focus stand-in. */
export function boxBlur(image: ImageDataLike, radius: number): ImageDataLike {
  const { width, height } = image;
  const horizontal = new Float32Array(width * height * 4);
  const blurred = new Uint8ClampedArray(width * height * 4);
  const size = 2 * radius + 1;
  const at = (buffer: ArrayLike<number>, x: number, y: number, c: number) => {
    const cx = Math.min(width - 1, Math.max(0, x));
    const cy = Math.min(height - 1, Math.max(0, y));
    return buffer[(cy * width + cx) * 4 + c] ?? 0;
  };
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let c = 0; c < 4; c += 1) {
        let sum = 0;
        for (let k = -radius; k <= radius; k += 1) sum += at(image.data, x + k, y, c);
        horizontal[(y * width + x) * 4 + c] = sum / size;
      }
    }
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let c = 0; c < 4; c += 1) {
        let sum = 0;
        for (let k = -radius; k <= radius; k += 1) sum += at(horizontal, x, y + k, c);
        blurred[(y * width + x) * 4 + c] = sum / size;
      }
    }
  }
  return { width, height, data: blurred };
}
