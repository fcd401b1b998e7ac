/**
 * A value made on first use and kept: `lazy(() => z.object(…))` builds the schema the first time it is
 * called, not when its module is evaluated. The service worker and the popup evaluate every module they
 * import on each start, and a service worker cannot `import()` a module later, so work that a start does
 * not need (building Zod schemas, wording tables) waits here until it is asked for.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
