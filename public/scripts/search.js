// Starts Pagefind's search UI on /search/; the index is built after `astro build`.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  if (!el || typeof window.PagefindUI !== 'function') return;
  const params = new URLSearchParams(window.location.search);
  const ui = new window.PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: {
      placeholder: el.dataset.placeholder,
      zero_results: el.dataset.zero,
      many_results: el.dataset.many,
      one_result: el.dataset.one,
    },
  });
  const q = params.get('q');
  if (q) ui.triggerSearch(q);
});
