// Glossary terms in cases and handbook chapters (src/markdown/remarkGlossary.ts):
// each linked term is followed by a hidden popover with its definition. Without
// this script the term is a plain link to the glossary; with it, a tap, Enter or
// Space shows the definition in place, and Esc or a tap elsewhere closes it.
(() => {
  const margin = 8;

  /** Puts the popover under the term (above it when there is no room below), inside the screen. */
  function place(pop, link) {
    const rect = link.getBoundingClientRect();
    const screen = document.documentElement.clientWidth;
    const width = Math.min(320, screen - 2 * margin);
    pop.style.width = `${width}px`;
    pop.style.left = `${Math.max(margin, Math.min(rect.left, screen - width - margin))}px`;
    const height = pop.offsetHeight;
    const below = rect.bottom + 6;
    const above = rect.top - 6 - height;
    pop.style.top = `${below + height > window.innerHeight - margin && above > margin ? above : below}px`;
  }

  function enhance(link) {
    const pop = document.getElementById(link.dataset.popover);
    if (!pop || typeof pop.showPopover !== 'function') return;
    let openAtPointerDown = false;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', pop.id);
    const toggle = () => {
      pop.togglePopover();
      if (pop.matches(':popover-open')) place(pop, link);
    };
    // A tap on the term while it is open closes it: the browser may already have
    // light-dismissed the popover on the way (pointerup), so the click must not reopen it.
    link.addEventListener('pointerdown', () => {
      openAtPointerDown = pop.matches(':popover-open');
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      // Enter on a focused link clicks it with detail 0; a tap or a mouse click counts from 1.
      if (event.detail > 0 && openAtPointerDown) {
        openAtPointerDown = false;
        if (pop.matches(':popover-open')) pop.hidePopover();
        return;
      }
      toggle();
    });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
    // beforetoggle fires at once, also when Esc or a tap elsewhere closes the popover.
    pop.addEventListener('beforetoggle', (event) => {
      link.setAttribute('aria-expanded', String(event.newState === 'open'));
    });
  }

  const start = () => document.querySelectorAll('a.gl-term[data-popover]').forEach(enhance);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
