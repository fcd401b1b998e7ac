import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` so "in 3 hours" texts and urgency stay true while a page is open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
