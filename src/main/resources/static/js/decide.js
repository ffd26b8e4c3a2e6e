// HireFit's Decide pages: keyboard shortcuts, and focus after the decision panel is redrawn. A file of its own: the
// content security policy allows no inline script. Every shortcut is a control on the page (data-key) that works by
// mouse and Tab too; the key only clicks it.
(function () {
  'use strict';
  var ALIASES = {ArrowRight: 'j', ArrowLeft: 'k'};

  function typing(target) {
    return target instanceof Element && target.closest('input, select, textarea, [contenteditable]') !== null;
  }

  function needReason(reason) {
    var note = document.getElementById('decision-reason-needed');
    if (!note) {
      note = document.createElement('p');
      note.id = 'decision-reason-needed';
      note.className = 'error-text';
      note.setAttribute('role', 'alert');
      reason.insertAdjacentElement('afterend', note);
    }
    note.textContent = 'Going against the recommendation needs a reason: choose one, then press the key again.';
    reason.setAttribute('aria-invalid', 'true');
    reason.focus();
  }

  // Single-key shortcuts can be switched off (WCAG 2.1.4: they may clash with assistive technology); kept per browser.
  var STORED = 'hirefit.shortcuts';

  function shortcutsOn() {
    try {
      return window.localStorage.getItem(STORED) !== 'off';
    } catch (e) {
      return true;
    }
  }

  function showSwitches() {
    document.querySelectorAll('.shortcuts-toggle').forEach(function (box) {
      box.checked = shortcutsOn();
    });
  }

  document.addEventListener('change', function (event) {
    if (event.target instanceof Element && event.target.classList.contains('shortcuts-toggle')) {
      try {
        window.localStorage.setItem(STORED, event.target.checked ? 'on' : 'off');
      } catch (e) {
        // no storage: the switch holds for this page only
      }
      showSwitches();
    }
  });
  document.addEventListener('DOMContentLoaded', showSwitches);
  document.addEventListener('htmx:afterSettle', showSwitches);

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)
        || !document.querySelector('.shortcuts-toggle:checked')) {
      return;
    }
    var key = ALIASES[event.key] || event.key.toLowerCase();
    if (!/^[a-z]$/.test(key)) {
      return;
    }
    var control = document.querySelector('[data-key="' + key + '"]');
    if (!control) {
      return;
    }
    event.preventDefault();
    var reason = document.getElementById('decision-reason');
    if (control.getAttribute('data-override') === 'true' && reason && !reason.value) {
      needReason(reason);
      return;
    }
    control.click();
  });

  // After a choice in the reason list, Escape leaves it so the next key is a shortcut again.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && event.target instanceof Element && event.target.id === 'decision-reason') {
      event.target.blur();
    }
  });

  // A refused decision (422) or undo (409) comes back as the panel with its problems: htmx swaps it like a success.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if ((status === 422 || status === 409) && event.detail.target && event.detail.target.id === 'decision-panel') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // The panel was redrawn (htmx): focus its first field in error, else its status line, so a screen reader reads it.
  document.addEventListener('htmx:afterSettle', function () {
    var panel = document.getElementById('decision-panel');
    if (!panel || panel.contains(document.activeElement)) {
      return;
    }
    var target = panel.querySelector('[aria-invalid="true"]') || document.getElementById('decision-status');
    if (target) {
      target.focus();
    }
  });
})();
