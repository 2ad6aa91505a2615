/*
 * Handbook pages (chapters and forwarding pages). An external file: the site
 * serves a strict CSP without 'unsafe-inline'. Everything here is an
 * enhancement; without it every link still works:
 * - 复制链接 is a plain link to the section; here it copies the full URL of
 *   the section's share page (/handbook/<chapter>/<section>/, which has the
 *   section's own preview card and forwards to the section);
 * - 分享 (hidden in the HTML) appears on phones that have a share sheet;
 * - 打印本章 (hidden in the HTML) opens the print dialog;
 * - an old #id (renamed or moved section, see content/handbook/section-ids.json)
 *   is forwarded to its new place; without script, the page lists old ids
 *   with links to their new places;
 * - opening a section sets the tab title to the section's title.
 */
(function () {
  'use strict';

  var holder = document.querySelector('[data-hb-redirects]');
  var redirects = {};
  try {
    redirects = JSON.parse((holder && holder.getAttribute('data-hb-redirects')) || '{}');
  } catch (error) {
    redirects = {};
  }
  var chapterTarget = holder && holder.getAttribute('data-hb-chapter-target');
  var baseTitle = document.title;

  function currentId() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return location.hash.slice(1);
    }
  }

  function forward() {
    var id = currentId();
    var to = id && Object.prototype.hasOwnProperty.call(redirects, id) ? redirects[id] : null;
    if (!to && chapterTarget) to = chapterTarget + (id ? '#' + encodeURIComponent(id) : '');
    if (!to) return false;
    var url = new URL(to, location.href);
    if (url.pathname === location.pathname) {
      history.replaceState(null, '', url.hash);
      var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (target) target.scrollIntoView();
      return false;
    }
    location.replace(url.href);
    return true;
  }

  function titleForHash() {
    var heading = document.getElementById(currentId());
    if (heading && heading.classList.contains('hb-section__title')) {
      document.title = heading.textContent.trim() + ' · ' + baseTitle;
    } else {
      document.title = baseTitle;
    }
  }

  if (forward()) return;
  titleForHash();
  window.addEventListener('hashchange', function () {
    forward();
    titleForHash();
  });

  var canShare = typeof navigator.share === 'function' && window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  var shareButtons = document.querySelectorAll('[data-hb-share]');
  for (var i = 0; i < shareButtons.length; i++) if (canShare) shareButtons[i].hidden = false;
  var printButtons = document.querySelectorAll('[data-hb-print]');
  for (var j = 0; j < printButtons.length; j++) if (typeof window.print === 'function') printButtons[j].hidden = false;

  function say(tools, message) {
    var status = tools && tools.querySelector('.hb-tools__status');
    if (!status) return;
    status.textContent = message;
    window.clearTimeout(status._hbTimer);
    status._hbTimer = window.setTimeout(function () {
      status.textContent = '';
    }, 4000);
  }

  // What a section's link is shared with: its share page (its own preview
  // card; chat apps drop #fragments), its title and its opening paragraph.
  function shareData(link) {
    var url = new URL(link.getAttribute('data-hb-share-url') || link.getAttribute('href'), location.href).href;
    var section = link.closest('.hb-section');
    var title = link.getAttribute('data-hb-title') || document.title;
    var text = '';
    if (section) {
      var chapterTitle = document.querySelector('.hb-chapter__title');
      if (chapterTitle) title = title + ' · ' + chapterTitle.textContent.trim();
      var paragraph = section.querySelector(':scope > p');
      if (paragraph) text = paragraph.textContent.trim();
    } else {
      var description = document.querySelector('meta[name="description"]');
      if (description) text = description.getAttribute('content') || '';
    }
    if (text.length > 120) text = text.slice(0, 118) + '…';
    return { title: title, text: text, url: url };
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;

    var copy = target.closest('[data-hb-copy]');
    if (copy) {
      if (!navigator.clipboard || !window.isSecureContext) return; // the plain link does the job
      event.preventDefault();
      var data = shareData(copy);
      var tools = copy.closest('.hb-tools');
      navigator.clipboard.writeText(data.url).then(
        function () {
          say(tools, '链接已复制');
        },
        function () {
          location.href = data.url;
        },
      );
      return;
    }

    var share = target.closest('[data-hb-share]');
    if (share) {
      var link = share.parentElement && share.parentElement.querySelector('[data-hb-copy]');
      if (!link) return;
      navigator.share(shareData(link)).catch(function () {
        /* the reader closed the share sheet */
      });
      return;
    }

    if (target.closest('[data-hb-print]')) window.print();
  });
})();
