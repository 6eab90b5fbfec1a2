// Reads espeak-ng's WAV output (16-bit PCM mono) and finds its speech and its silences.
import { readFileSync } from 'node:fs';

/** Samples as numbers in -1..1 and the sample rate. */
export function readWav(file) {
  const buf = readFileSync(file);
  let offset = 12;
  let rate = 22050;
  let bits = 16;
  let channels = 1;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    let size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(body + 2);
      rate = buf.readUInt32LE(body + 4);
      bits = buf.readUInt16LE(body + 14);
    } else if (id === 'data') {
      // espeak-ng writing to a file it cannot seek back in leaves the size at 0x7fffffff
      if (size === 0 || body + size > buf.length) size = buf.length - body;
      if (bits !== 16 || channels !== 1) throw new Error(`${file}: expected 16-bit mono, got ${bits}-bit x${channels}`);
      const samples = new Float32Array(size / 2);
      for (let i = 0; i < samples.length; i += 1) samples[i] = buf.readInt16LE(body + i * 2) / 32768;
      return { samples, rate };
    }
    offset = body + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

const FRAME_MS = 5;
const THRESHOLD = 0.01;

/** Per 5 ms frame: is there sound (peak above 1% of full scale)? */
export function voicedFrames({ samples, rate }) {
  const per = Math.round((rate * FRAME_MS) / 1000);
  const frames = [];
  for (let i = 0; i < samples.length; i += per) {
    let peak = 0;
    for (let j = i; j < Math.min(i + per, samples.length); j += 1) peak = Math.max(peak, Math.abs(samples[j]));
    frames.push(peak > THRESHOLD);
  }
  return frames;
}

/** Silences of at least `minMs`, as {start, end} in ms, in order. */
export function silences(wav, minMs = 100) {
  const frames = voicedFrames(wav);
  const out = [];
  let start = -1;
  frames.forEach((voiced, i) => {
    if (!voiced && start < 0) start = i;
    if (voiced && start >= 0) {
      if ((i - start) * FRAME_MS >= minMs) out.push({ start: start * FRAME_MS, end: i * FRAME_MS });
      start = -1;
    }
  });
  if (start >= 0) out.push({ start: start * FRAME_MS, end: frames.length * FRAME_MS, trailing: true });
  return out;
}

/** When the last sound ends, in ms (trailing silence dropped). */
export function soundEndMs(wav) {
  const frames = voicedFrames(wav);
  let last = frames.length - 1;
  while (last >= 0 && !frames[last]) last -= 1;
  return (last + 1) * FRAME_MS;
}

/** When the first sound starts, in ms. */
export function soundStartMs(wav) {
  const frames = voicedFrames(wav);
  const first = frames.findIndex((v) => v);
  return first < 0 ? 0 : first * FRAME_MS;
}
