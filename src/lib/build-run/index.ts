export { acquireBuildLock, BuildLockError, defaultBuildLockOptions, isRunning, type BuildLock, type BuildLockOptions, type LockHolder } from './build-lock.ts';
export { heapCeilingMb } from './heap-ceiling.ts';
export { replaceDir } from './replace-dir.ts';
export { processStartTime } from './process-start-time.ts';
export { refuseEmptySite } from './refuse-empty-site.ts';
export { removeStaleBuilds } from './remove-stale-builds.ts';
