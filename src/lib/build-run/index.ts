export { acquireBuildLock, BuildLockError, defaultBuildLockOptions, isRunning, type BuildLock, type BuildLockOptions, type LockHolder } from './build-lock';
export { heapCeilingMb } from './heap-ceiling';
export { replaceDir } from './replace-dir';
export { processStartTime } from './process-start-time';
export { refuseEmptySite } from './refuse-empty-site';
export { removeStaleBuilds } from './remove-stale-builds';
