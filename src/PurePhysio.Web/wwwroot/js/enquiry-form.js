// Progressive enhancement for the appointment enquiry form; the form works without it.
// 1. A form beside an article comes from a page that may be cached, so it has no antiforgery token of
//    its own: fetch a fresh one (and a signed start time) for this visitor. See docs/adr/0003.
// 2. After a failed post, move focus to the error summary so screen reader users hear what went wrong.
(function () {
  "use strict";

  function addHidden(form, name, value) {
    var input = form.querySelector("input[type='hidden'][name='" + name + "']");
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      form.appendChild(input);
    }
    input.value = value;
  }

  function fetchToken(form) {
    var holder = form.closest("[data-token-url]");
    var url = holder && holder.getAttribute("data-token-url");
    if (!url || !window.fetch) {
      return;
    }
    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data) {
          addHidden(form, data.tokenField, data.token);
          addHidden(form, data.startedField, data.started);
        }
      })
      .catch(function () {
        // Without a token the post is shown again on /enquiry with a fresh one: nothing is lost.
      });
  }

  document.querySelectorAll("form[data-enquiry-form]").forEach(fetchToken);

  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
