import { useBackgroundStatus } from './data/useBackgroundStatus';

/**
 * Says so when Buyer Guard's last write failed because the browser profile is out of space:
 * what was saved before is intact, the latest change is not, and what to do about it.
 */
export function StorageProblemBanner() {
  const problem = useBackgroundStatus().status?.storageProblem;
  if (!problem) return null;
  return (
    <div role="alert" className="storage-problem" data-testid="storage-problem">
      <strong>Buyer Guard could not save: this browser has no room left.</strong>{' '}
      <span>
        The last change (at {new Date(problem.at).toLocaleTimeString()}) was not stored; everything saved before is
        intact. Free some disk space or delete old evidence files, and export a backup to be safe.
      </span>
    </div>
  );
}
