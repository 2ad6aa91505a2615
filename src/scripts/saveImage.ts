/*
 * 保存图片 on a chart: draws the chart's framed image (the SVG the link points
 * to: title, takeaway, unit, chart, source) into a PNG on the reader's device
 * and shows it under the chart as an <img>, which chat apps' browsers let the
 * reader long-press to save or forward; a 下载PNG link saves it on a computer.
 * The build draws no chart PNG. Without this script the link opens the SVG.
 * Same-origin image, data: URL out: allowed by the site's CSP (img-src 'self' data:).
 */
const scale = 2;

function drawPng(src: string): Promise<{ url: string; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const width = img.naturalWidth;
      const height = img.naturalHeight;
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
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

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-chart-image]');
  const figure = link?.closest('figure');
  if (!link || !figure || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const shown = figure.querySelector<HTMLElement>('.bc-chart__saved');
  if (shown) {
    shown.hidden = !shown.hidden;
    return;
  }
  const status = figure.querySelector<HTMLElement>('.bc-chart__status');
  if (status) status.textContent = '正在生成图片…';
  drawPng(link.href).then(
    ({ url, width, height }) => {
      const box = document.createElement('div');
      box.className = 'bc-chart__saved';
      const img = document.createElement('img');
      img.src = url;
      img.width = width;
      img.height = height;
      img.alt = link.dataset.alt ?? '';
      const hint = document.createElement('p');
      hint.textContent = '长按图片保存或转发；在电脑上可以下载：';
      const download = document.createElement('a');
      download.href = url;
      download.download = (link.getAttribute('download') ?? 'chart.svg').replace(/\.svg$/, '.png');
      download.textContent = '下载PNG';
      hint.append(download);
      box.append(img, hint);
      figure.append(box);
      if (status) status.textContent = '图片已生成，在图表下方。';
    },
    () => {
      // Could not draw here: open the image itself, as without the script.
      if (status) status.textContent = '';
      location.href = link.href;
    },
  );
});
