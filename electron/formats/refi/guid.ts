import { createHash } from 'node:crypto';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/**
 * The canonical form Terrain keeps a GUID in: lower case, without braces. GUIDs compare case-insensitively
 * (ATLAS.ti writes upper case, NVivo lower case, some writers wrap them in braces). Null when not a GUID.
 */
export function canonicalGuid(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = GUID.exec(value.trim());
  return m ? m[1]!.toLowerCase() : null;
}

export function isGuid(value: string | null | undefined): boolean {
  return canonicalGuid(value) !== null;
}

/**
 * A GUID derived from a name (UUID version 5 layout over SHA-1): the same name gives the same GUID in every
 * workspace, so things Terrain writes without a row of their own (its variables, the actor-type sets) keep
 * a stable identity across exports.
 */
export function nameGuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`terrain:${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
