/**
 * sharp (libvips) loaded on first use. Most commands never touch an image, and loading it costs every
 * process start-up time and ~13 MB of memory (a 100,000-row bill import included).
 */
import type sharpFn from 'sharp';

export type Sharp = typeof sharpFn;

let loading: Promise<Sharp> | undefined;

export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then((m) => m.default);
  return loading;
}
