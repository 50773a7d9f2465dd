// Checks `npm run package` makes before zipping a build: every icon the manifest declares is in
// the build, is a PNG, and has the pixel size it is declared at; the sizes the stores ask for are
// declared (Chrome Web Store: 128, plus 16 and 48 in the manifest; AMO: 48 and 96).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REQUIRED_ICON_SIZES = ['16', '32', '48', '96', '128'];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG (from its IHDR chunk), or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every icon the manifest declares, as [where, size, path]: `icons` and `action.default_icon`. */
export function declaredIcons(manifest) {
  const out = [];
  for (const [where, icons] of [['icons', manifest.icons], ['action.default_icon', manifest.action?.default_icon]]) {
    if (typeof icons === 'string') out.push([where, null, icons]);
    else for (const [size, path] of Object.entries(icons ?? {})) out.push([where, size, path]);
  }
  return out;
}

/** What is wrong with the icons of the build in `dir` (an empty list when nothing is). */
export function iconProblems(dir, manifest) {
  const problems = [];
  const declared = Object.keys(manifest.icons ?? {});
  for (const size of REQUIRED_ICON_SIZES) {
    if (!declared.includes(size)) problems.push(`manifest icons: no ${size}×${size} icon declared (the stores ask for ${REQUIRED_ICON_SIZES.join(', ')})`);
  }
  for (const [where, size, path] of declaredIcons(manifest)) {
    const file = join(dir, path);
    if (!existsSync(file)) {
      problems.push(`${where} ${size ?? ''}: ${path} is not in ${dir}`);
      continue;
    }
    const actual = pngSize(readFileSync(file));
    if (!actual) problems.push(`${where} ${size ?? ''}: ${path} is not a PNG`);
    else if (size !== null && (actual.width !== Number(size) || actual.height !== Number(size))) {
      problems.push(`${where} ${size}: ${path} is ${actual.width}×${actual.height}, not ${size}×${size}`);
    }
  }
  return problems;
}
