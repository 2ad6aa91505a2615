// The `qrcode` package ships no types; these are the calls the site (toString) and its tests (create) make.
declare module 'qrcode' {
  type ErrorCorrectionLevel = 'L' | 'M' | 'Q' | 'H';
  interface ToStringOptions {
    type: 'svg';
    margin?: number;
    errorCorrectionLevel?: ErrorCorrectionLevel;
    color?: { dark?: string; light?: string };
  }
  /** A code's modules: `data[row * size + column]` is 1 for a dark module. */
  interface QRCodeData {
    modules: { size: number; data: Uint8Array };
  }
  const QRCode: {
    toString(text: string, options: ToStringOptions): Promise<string>;
    create(text: string, options?: { errorCorrectionLevel?: ErrorCorrectionLevel }): QRCodeData;
  };
  export default QRCode;
}
