import { act } from 'react';

/**
 * Waits (2 s at most) until `check` passes, letting React render between tries: a dynamic import, a
 * message or a database read and the re-render after it take a few ticks.
 */
export async function until(check: () => void): Promise<void> {
  for (let waited = 0; ; waited += 10) {
    try {
      check();
      return;
    } catch (error) {
      if (waited > 2000) throw error;
    }
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}
