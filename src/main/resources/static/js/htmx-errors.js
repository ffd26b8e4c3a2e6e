// An htmx target marked data-swap-errors shows the refusal the server answers with (a 4xx or 5xx fragment, with
// role="alert") where a success would go. htmx leaves error answers unswapped by default, which would leave the person
// who sent the form with no word at all.
(function () {
  'use strict';
  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    if (event.detail.xhr.status >= 400 && target && target.hasAttribute('data-swap-errors')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
