/*
 * The search page. An external file: the site serves a strict CSP without
 * 'unsafe-inline'. The header's search box on every other page is a plain
 * GET form to /search/?q= and needs no script.
 * - starts Pagefind's UI (the index is built after `astro build`) and runs
 *   the query of a ?q= link, so the header form lands on results;
 * - Enter in the search field opens the first result (Pagefind searches as
 *   one types, so Enter has nothing else to do); Tab reaches every result;
 * - an Enter that only commits a Chinese input method's composition opens
 *   nothing: the reader is still typing. Composing is `isComposing`, or
 *   between compositionstart and the tick after compositionend (Safari
 *   sends the committing keydown after compositionend).
 * Pagefind finds its index next to pagefind-ui.js, so a site under a base
 * path (/casebook/pagefind/…) needs no setting here.
 */
(function () {
  'use strict';

  var composing = false;
  document.addEventListener('compositionstart', function () {
    composing = true;
  });
  document.addEventListener('compositionend', function () {
    window.setTimeout(function () {
      composing = false;
    }, 0);
  });

  document.addEventListener(
    'keydown',
    function (event) {
      var target = event.target instanceof Element ? event.target : null;
      if (!target || !target.closest('#search')) return;
      if (event.isComposing || composing) {
        // Keep the keystroke from Pagefind's own handlers; the input method
        // still receives it and commits the text.
        event.stopImmediatePropagation();
        return;
      }
      if (event.key !== 'Enter' || !target.matches('input[type="text"], input[type="search"], input:not([type])')) return;
      var first = document.querySelector('#search .pagefind-ui__result-link');
      if (!first) return;
      event.preventDefault();
      location.href = first.href;
    },
    true,
  );

  window.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('search');
    if (!el || typeof window.PagefindUI !== 'function') return;
    var params = new URLSearchParams(window.location.search);
    var ui = new window.PagefindUI({
      element: '#search',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      // Whole sentences, not 15-character fragments (Pagefind counts words; a Chinese character is one).
      excerptLength: 60,
      // The page-type filter (src/lib/search/searchType.ts), open from the start.
      openFilters: ['类型'],
      translations: {
        placeholder: el.dataset.placeholder,
        search_label: el.dataset.label,
        filters_label: el.dataset.filters,
        zero_results: el.dataset.zero,
        many_results: el.dataset.many,
        one_result: el.dataset.one,
        load_more: el.dataset.more,
      },
    });
    // Pagefind names its field only with a title attribute (axe: label-title-only); give it a real name.
    var nameField = function () {
      var input = el.querySelector('input.pagefind-ui__search-input');
      if (!input) return false;
      input.setAttribute('aria-label', el.dataset.label || el.dataset.placeholder);
      return true;
    };
    if (!nameField())
      new MutationObserver(function (_, observer) {
        if (nameField()) observer.disconnect();
      }).observe(el, { childList: true, subtree: true });
    var q = params.get('q');
    if (q) ui.triggerSearch(q);
  });
})();
