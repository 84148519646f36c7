/** A file the API makes for the signed-in user: fetched with the bearer token, then saved. */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export async function downloadWithToken(url: string, token: string | null, fallbackName: string): Promise<string> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new DownloadError(response.status);
  const name = fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}

/** The file name of a Content-Disposition header (RFC 6266), the UTF-8 form first. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const utf8 = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}
