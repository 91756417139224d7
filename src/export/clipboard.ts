/**
 * Copies text: the asynchronous clipboard API where the browser allows it (secure context, and an
 * iframe allowed clipboard-write), else the old copy command on a selected read-only field. Returns
 * false when neither worked; the caller then leaves the field selected and asks for Ctrl+C.
 */
export async function copyText(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: try the field.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    // Deprecated, but still the one fallback that works where the clipboard API is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
