import { useEffect, useState } from 'react';
import { getEvidenceBlob } from '../../lib/db/queries';
import { pageDatabase } from '../../lib/pages/page-database';

/** The stored bytes of one evidence file (read straight from IndexedDB); null when gone, undefined while loading. */
export function useEvidenceBlob(id: string): Blob | null | undefined {
  const [blob, setBlob] = useState<Blob | null>();
  useEffect(() => {
    let current = true;
    getEvidenceBlob(pageDatabase(), id).then(
      (found) => current && setBlob(found),
      () => current && setBlob(null),
    );
    return () => {
      current = false;
    };
  }, [id]);
  return blob;
}
