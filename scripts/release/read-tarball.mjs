// Reads an npm tarball (.tgz) into memory: the files exactly as a registry would serve them.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

function field(header, start, length) {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? length : end).toString('utf8');
}

function paxPath(body) {
  for (const record of body.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Returns the regular files of a tarball, keyed by their path inside the package (the leading
 * `package/` folder removed).
 * @param {string} tarballPath
 * @returns {Promise<Map<string, Buffer>>}
 */
export async function readTarball(tarballPath) {
  const archive = gunzipSync(await readFile(tarballPath));
  const files = new Map();
  let nextPath;
  for (let offset = 0; offset + BLOCK <= archive.length;) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      nextPath = paxPath(body) ?? nextPath;
      continue;
    }
    if (type === 'L') {
      nextPath = field(body, 0, body.length);
      continue;
    }
    const prefix = field(header, 345, 155);
    const name =
      nextPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    nextPath = undefined;
    if (type === '0' || type === '\0') files.set(name.replace(/^[^/]+\//, ''), Buffer.from(body));
  }
  return files;
}
