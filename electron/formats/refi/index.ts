/**
 * REFI-QDA exchange (.qdpx projects, .qdc codebooks): reading and writing, pure. The workspace side (what a
 * file becomes in Terrain and back) lives in db/refi/.
 */
export * from './model';
export { canonicalGuid, isGuid, nameGuid } from './guid';
export {
  describeReading,
  normalizeWithMap,
  placeSelections,
  unitToCodePoint,
  codePointToUnit,
} from './offsets';
export {
  MAX_TEXT_BYTES,
  NOT_A_ZIP,
  NOT_REFI_CODEBOOK,
  NOT_REFI_PROJECT,
  REFI_EXTENSIONS,
  isRefiFileName,
  readQdc,
  readQdpx,
  readRefiFile,
  type ReadOptions,
} from './read';
export { codebookXml, projectFiles, writeQdc, writeQdpx } from './write';
