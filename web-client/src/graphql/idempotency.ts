/**
 * An idempotency key per user action: a retry of the same action (a lost answer on a poor mobile
 * network, a double tap) sends the same key, so the API applies it once.
 */
export function newActionKey(action: string): string {
  return `${action}:${crypto.randomUUID()}`.slice(0, 100);
}

/** A key derived from content: importing the same file twice does not create its rows twice. */
export async function contentKey(parts: string[]): Promise<string> {
  const bytes = new TextEncoder().encode(parts.join('\u241f'));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
