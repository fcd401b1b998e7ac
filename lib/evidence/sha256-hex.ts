/**
 * Lower-case hex SHA-256 of the bytes (what `sha256sum` prints), via Web Crypto: available in
 * extension pages, the service worker and Node 20, never leaves the device.
 */
export async function sha256Hex(input: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = input instanceof Blob ? await input.arrayBuffer() : input;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
