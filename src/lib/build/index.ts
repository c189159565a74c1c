export { acquireBuildLock, BuildLockError, defaultBuildLockOptions, isRunning, type BuildLock, type BuildLockOptions } from './build-lock';
export { replaceDir } from './replace-dir';
