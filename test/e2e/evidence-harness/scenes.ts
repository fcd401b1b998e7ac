// Test pictures and videos drawn in the browser for the evidence tests: deterministic stand-ins
// for a buyer's photos (sharp, blurred, dark), a huge noisy PNG and a 12 MP photo.

/** A product-photo stand-in: shaded background, boxes, circles, a ruler with ticks and printed labels. */
export function drawScene(context: OffscreenCanvasRenderingContext2D, width: number, height: number): void {
  const unit = Math.min(width, height) / 100;
  const background = context.createLinearGradient(0, 0, width, height);
  background.addColorStop(0, '#8a96a8');
  background.addColorStop(1, '#c9b99a');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  const colours = ['#b5523b', '#3b6fb5', '#e0c341', '#2f8f5b', '#f2f2f2', '#333333'];
  for (let i = 0; i < 12; i += 1) {
    context.fillStyle = colours[i % colours.length] ?? '#000';
    const x = ((i * 37) % 90) * unit * (width / Math.min(width, height) / 1.1);
    const y = ((i * 53) % 80) * unit;
    if (i % 2 === 0) context.fillRect(x, y, 14 * unit, 10 * unit);
    else {
      context.beginPath();
      context.arc(x + 6 * unit, y + 6 * unit, 6 * unit, 0, Math.PI * 2);
      context.fill();
    }
  }
  // A ruler: thin ticks are the finest detail, the first thing blur removes.
  context.fillStyle = '#f5f0e0';
  context.fillRect(5 * unit, 85 * unit, width - 10 * unit, 8 * unit);
  context.fillStyle = '#111';
  for (let x = 5 * unit; x < width - 5 * unit; x += unit) {
    const long = Math.round((x - 5 * unit) / unit) % 10 === 0;
    context.fillRect(x, 85 * unit, Math.max(1, unit / 5), (long ? 5 : 2.5) * unit);
  }
  context.font = `${4 * unit}px sans-serif`;
  for (let line = 0; line < 6; line += 1) {
    context.fillText(`ORDER 8190000000000001 · SN-${line}4F2-KX9 · Model A${line}`, 6 * unit, (12 + line * 12) * unit);
  }
}

export interface SceneOptions {
  width: number;
  height: number;
  /** CSS blur radius in pixels (a missed focus). */
  blur?: number;
  /** 0…1 share of black laid over the scene (an underexposed shot). */
  darken?: number;
  /** Gaussian-ish sensor noise amplitude in levels. */
  noise?: number;
  type?: string;
  quality?: number;
}

export async function sceneBlob(options: SceneOptions): Promise<Blob> {
  const { width, height } = options;
  const sharp = new OffscreenCanvas(width, height);
  const sharpContext = sharp.getContext('2d');
  if (!sharpContext) throw new Error('no 2D context');
  drawScene(sharpContext, width, height);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  if (options.blur) context.filter = `blur(${options.blur}px)`;
  context.drawImage(sharp, 0, 0);
  context.filter = 'none';
  if (options.darken) {
    context.fillStyle = `rgba(0, 0, 0, ${options.darken})`;
    context.fillRect(0, 0, width, height);
  }
  if (options.noise) addNoise(context, width, height, options.noise);
  return canvas.convertToBlob({ type: options.type ?? 'image/jpeg', quality: options.quality ?? 0.92 });
}

/** Every pixel random: incompressible, so a PNG of it is about 3 bytes per pixel. */
export async function noisePng(width: number, height: number, seed = 1): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  const image = context.createImageData(width, height);
  let state = seed >>> 0;
  for (let i = 0; i < image.data.length; i += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    image.data[i] = state & 0xff;
    image.data[i + 1] = (state >>> 8) & 0xff;
    image.data[i + 2] = (state >>> 16) & 0xff;
    image.data[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

function addNoise(context: OffscreenCanvasRenderingContext2D, width: number, height: number, amplitude: number): void {
  const image = context.getImageData(0, 0, width, height);
  let state = 12345;
  for (let i = 0; i < image.data.length; i += 4) {
    // Sum of two uniforms: a triangular, roughly Gaussian, zero-mean noise.
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const delta = (((state & 0xffff) + (state >>> 16)) / 65536 - 1) * amplitude;
    image.data[i] = (image.data[i] ?? 0) + delta;
    image.data[i + 1] = (image.data[i + 1] ?? 0) + delta;
    image.data[i + 2] = (image.data[i + 2] ?? 0) + delta;
  }
  context.putImageData(image, 0, 0);
}

/** Records a WebM with MediaRecorder from a canvas filled with a moving pattern at the given brightness. */
export async function recordVideo(options: {
  width: number;
  height: number;
  seconds: number;
  /** Background grey level 0…255. */
  level: number;
}): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = options.width;
  canvas.height = options.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  const stream = canvas.captureStream(25);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  let frame = 0;
  const draw = () => {
    context.fillStyle = `rgb(${options.level}, ${options.level}, ${options.level})`;
    context.fillRect(0, 0, options.width, options.height);
    context.fillStyle = `rgb(${Math.min(255, options.level + 30)}, ${options.level}, ${options.level})`;
    context.fillRect((frame * 7) % options.width, options.height / 3, options.width / 5, options.height / 3);
    frame += 1;
  };
  draw();
  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
  });
  recorder.start(100);
  const timer = setInterval(draw, 40);
  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  clearInterval(timer);
  recorder.stop();
  await stopped;
  for (const track of stream.getTracks()) track.stop();
  return new Blob(chunks, { type: 'video/webm' });
}

/**
 * The same JPEG with an EXIF APP1 segment saying "rotate 90° clockwise to view" (orientation 6),
 * as phones store portrait photos: the pixels stay landscape, the viewer turns them.
 */
export async function withExifOrientation(jpeg: Blob, orientation: number): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  // biome-ignore format: one line per TIFF field reads as the spec does.
  const tiff = [
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF header, first IFD at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation, SHORT, 1
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ];
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff]; // "Exif\0\0"
  const length = payload.length + 2;
  const segment = new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
  return new Blob([bytes.subarray(0, 2), segment, bytes.subarray(2)], { type: 'image/jpeg' });
}

/**
 * A video file encoded frame by frame with WebCodecs and muxed by mediabunny: unlike a live
 * MediaRecorder capture, no frame is dropped on a busy machine, so its duration is exact.
 * MP4/H.264 is what phones record; WebM/VP9 where the browser has no H.264 encoder.
 */
export async function encodeVideo(options: {
  width: number;
  height: number;
  seconds: number;
  /** Background grey level 0…255. */
  level: number;
  container: 'mp4' | 'webm';
}): Promise<Blob> {
  const { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_MEDIUM, WebMOutputFormat } = await import(
    'mediabunny'
  );
  const canvas = new OffscreenCanvas(options.width, options.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  const mp4 = options.container === 'mp4';
  const output = new Output({
    format: mp4 ? new Mp4OutputFormat() : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, { codec: mp4 ? 'avc' : 'vp9', bitrate: QUALITY_MEDIUM });
  output.addVideoTrack(source, { frameRate: 25 });
  await output.start();
  const frames = Math.round(options.seconds * 25);
  for (let frame = 0; frame < frames; frame += 1) {
    context.fillStyle = `rgb(${options.level}, ${options.level}, ${options.level})`;
    context.fillRect(0, 0, options.width, options.height);
    context.fillStyle = `rgb(${Math.min(255, options.level + 30)}, ${options.level}, ${options.level})`;
    context.fillRect((frame * 7) % options.width, options.height / 3, options.width / 5, options.height / 3);
    await source.add(frame / 25, 1 / 25);
  }
  await output.finalize();
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('no video written');
  return new Blob([buffer], { type: mp4 ? 'video/mp4' : 'video/webm' });
}
