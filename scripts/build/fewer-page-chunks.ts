import type { Plugin } from 'vite';

/** Shared chunks smaller than this (source bytes, before minifying) are copied into the chunks that import them. */
export const INLINE_CHUNKS_BELOW = 24 * 1024;

/**
 * Fewer, larger chunks for the extension's pages. The pages share code in many small ways (a URL helper, a
 * hook, a banner), and Rolldown made a chunk of each combination: the popup fetched 14 scripts before it
 * could run one, and an extension page gets each from the browser process in turn (the popup's scripts took
 * 80–150 ms to arrive, docs/PERFORMANCE.md). Rolldown's `experimentalInlineCommonChunks` copies the small
 * shared chunks into each importer instead (the popup then loads 4 or 5), at the price of a few duplicated
 * kilobytes and its strict execution order (modules still run in their source order). Only the build that
 * holds the HTML pages (and the worker, built with them) is changed: the content scripts are IIFEs of their own.
 */
export function fewerPageChunks(): Plugin {
  return {
    name: 'buyer-guard:fewer-page-chunks',
    options(input) {
      // Required by the option: entries' exports need not stay as written (no page or worker exports anything).
      if (!JSON.stringify(input.input ?? '').includes('.html')) return null;
      return { ...input, preserveEntrySignatures: false };
    },
    outputOptions(output) {
      if (output.format !== 'es' && output.format !== 'esm' && output.format !== 'module') return null;
      return { ...output, codeSplitting: { experimentalInlineCommonChunks: { maxSize: INLINE_CHUNKS_BELOW } } };
    },
  };
}
