/*
 * 保存图片 on a chart and 保存分享图 on a case or chapter: draws the SVG the
 * link points to (a chart's framed image; a page's poster with its QR code)
 * into a PNG on the reader's device and shows it below as an <img>, which chat
 * apps' browsers let the reader long-press to save or forward; a 下载PNG link
 * saves it on a computer. The build draws no PNG for either. Without this
 * script the link opens (or downloads) the SVG.
 * Same-origin image, data: URL out: allowed by the site's CSP (img-src 'self' data:).
 *
 * The markup it reads:
 *   [data-save-image-host]        the block holding the rest
 *     a[data-save-image]          href: the SVG; data-scale: device pixels per CSS pixel;
 *                                 data-png-name: the PNG's file name; data-alt: the image's text
 *     [data-save-image-status]    a live region for progress (role="status")
 *     [data-save-image-output]    an empty, hidden box the image is shown in
 */

function drawPng(src: string, scale: number): Promise<{ url: string; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const width = img.naturalWidth;
      const height = img.naturalHeight;
      if (!(width > 0 && height > 0)) return reject(new Error(`${src} has no size`));
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no 2d canvas'));
      // Chat apps show transparency as black.
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve({ url: canvas.toDataURL('image/png'), width, height });
    };
    img.onerror = () => reject(new Error(`could not load ${src}`));
    img.src = src;
  });
}

/** Shows or hides the drawn image, saying so to screen readers. */
function show(link: HTMLAnchorElement, output: HTMLElement, status: HTMLElement | null, shown: boolean): void {
  output.hidden = !shown;
  link.setAttribute('aria-expanded', String(shown));
  if (status) status.textContent = shown ? '图片已生成，在下方。' : '';
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-save-image]');
  const host = link?.closest<HTMLElement>('[data-save-image-host]');
  const output = host?.querySelector<HTMLElement>('[data-save-image-output]');
  if (!link || !host || !output || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const status = host.querySelector<HTMLElement>('[data-save-image-status]');
  if (output.childElementCount > 0) {
    show(link, output, status, output.hidden !== false);
    return;
  }
  if (link.dataset.drawing) return;
  link.dataset.drawing = '1';
  if (status) status.textContent = '正在生成图片…';
  drawPng(link.href, Number(link.dataset.scale) || 1).then(
    ({ url, width, height }) => {
      const img = document.createElement('img');
      img.src = url;
      img.width = width;
      img.height = height;
      img.alt = link.dataset.alt ?? '';
      const hint = document.createElement('p');
      hint.textContent = '长按图片保存或转发；在电脑上可以下载：';
      const download = document.createElement('a');
      download.href = url;
      download.download = link.dataset.pngName ?? 'image.png';
      download.textContent = '下载PNG';
      hint.append(download);
      output.append(img, hint);
      delete link.dataset.drawing;
      show(link, output, status, true);
    },
    () => {
      // Could not draw here: open the image itself, as without the script.
      delete link.dataset.drawing;
      if (status) status.textContent = '';
      location.href = link.href;
    },
  );
});
