import QRCode from 'qrcode';

/**
 * A QR code for `url` as a standalone SVG document (black on white, a
 * one-module quiet zone, error correction M): the code printed on chapters and
 * drawn on posters.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}

/**
 * A QR code for `url` as an SVG string, made at build time so printed
 * chapters lead back online without any script. Labelled for screen readers.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await qrCodeSvg(url);
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="hb-qr__code" `);
}
