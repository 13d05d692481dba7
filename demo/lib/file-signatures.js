/**
 * The evidence file types the demo accepts, and checks that a file's first bytes match its
 * claimed type. A browser takes the type from the file name, so a renamed file would otherwise be
 * stored and later served under the wrong type.
 */

/** Accepted media types, with the name shown in messages and the extension of the stored file. */
export const EVIDENCE_TYPES = new Map([
  ['application/pdf', { label: 'PDF', extension: '.pdf', matches: isPdf }],
  ['image/jpeg', { label: 'JPEG', extension: '.jpg', matches: isJpeg }],
  ['image/png', { label: 'PNG', extension: '.png', matches: isPng }],
  ['image/heic', { label: 'HEIC', extension: '.heic', matches: isHeic }],
]);

/** How many leading bytes `matchesSignature` needs to decide; fewer are enough for a shorter file. */
export const SIGNATURE_BYTES = 64;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// ISO/IEC 23008-12 brands of HEIF files that hold HEVC-coded images. `mif1` and `msf1` are the
// generic HEIF brands, which AVIF files use too, so they count only with a HEVC brand beside them.
const HEVC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** Returns true when `head` (the file's first bytes) starts the way a file of `mediaType` does. */
export function matchesSignature(mediaType, head) {
  const type = EVIDENCE_TYPES.get(mediaType);
  return type !== undefined && type.matches(head);
}

/** Lists the accepted types for messages, such as "PDF (application/pdf), JPEG (image/jpeg) ...". */
export function describeEvidenceTypes() {
  return [...EVIDENCE_TYPES].map(([mediaType, type]) => `${type.label} (${mediaType})`).join(', ');
}

function isPdf(head) {
  return head.subarray(0, 5).toString('latin1') === '%PDF-';
}

function isJpeg(head) {
  return head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
}

function isPng(head) {
  return head.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
}

// A HEIC file is an ISO base media file whose first box is `ftyp`: a 32-bit size, "ftyp", the
// major brand, a minor version, then compatible brands up to the end of the box.
function isHeic(head) {
  if (head.length < 12 || head.subarray(4, 8).toString('latin1') !== 'ftyp') {
    return false;
  }

  const majorBrand = head.subarray(8, 12).toString('latin1');
  if (HEVC_BRANDS.has(majorBrand)) {
    return true;
  }
  if (!GENERIC_HEIF_BRANDS.has(majorBrand)) {
    return false;
  }

  const boxEnd = Math.min(head.readUInt32BE(0), head.length);
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) {
    if (HEVC_BRANDS.has(head.subarray(offset, offset + 4).toString('latin1'))) {
      return true;
    }
  }
  return false;
}
