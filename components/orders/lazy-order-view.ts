import { lazy } from 'react';

// The guide to one order (rules, advice, composer, and the Zod schemas that validate them) is not
// part of the list the popup opens on: it is loaded when an order is opened, or when the pointer or the
// focus comes to the list (preloadOrderView), so opening one rarely waits.
const importOrderView = () => import('./OrderView');
let preloading: ReturnType<typeof importOrderView> | undefined;

/** Starts loading the guide's code if it is not loaded yet; idempotent. */
export function preloadOrderView(): void {
  preloading ??= importOrderView();
  preloading.catch(() => {
    preloading = undefined;
  });
}

/** OrderView, loaded on first render (wrap it in <Suspense>). */
export const LazyOrderView = lazy(async () => ({ default: (await (preloading ?? importOrderView())).OrderView }));
