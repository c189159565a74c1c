export { acquireBuildLock, BuildLockError, defaultBuildLockOptions, isRunning, type BuildLock, type BuildLockOptions } from './build-lock';
export { heapCeilingMb } from './heap-ceiling';
export { replaceDir } from './replace-dir';
