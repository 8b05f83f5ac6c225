/**
 * REFI-QDA projects and codebooks in and out of a workspace. The files themselves are read and written by
 * electron/formats/refi; this side decides what they become in Terrain and back.
 */
export { importRefi, previewRefi } from './import';
export {
  buildRefiCodebook,
  buildRefiProject,
  TERRAIN_USER,
  type ExportOptions,
  type ExportStats,
} from './export';
export { findByGuid, guidMap, rememberGuid, REFI, type Entity } from './external-ids';
