// Practice listing filters. Without JavaScript they are a folded panel with one Apply
// button. With it, the panel is open on a wide screen and each change applies at once:
// the new results replace the old in place, focus stays on the box just ticked, the
// address follows (so Back and bookmarks work) and the result count is announced.
(function () {
  var panel = document.getElementById("practice-filters");
  var results = document.getElementById("practice-results");
  var form = panel && panel.closest("form");
  if (!form || !results || !window.fetch || !window.DOMParser) return;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  results.before(status);
  if (window.matchMedia("(min-width: 60rem)").matches) panel.open = true;
  panel.querySelector("[data-instant-hint]").hidden = false;
  panel.querySelector(".filter-panel__apply").hidden = true;
  var body = panel.querySelector(".filter-panel__body");
  var pending;

  function selectorFor(control) {
    return control.tagName === "SELECT" ? "#" + control.id
      : 'input[name="' + control.name + '"][value="' + CSS.escape(control.value) + '"]';
  }

  function show(url, focused) {
    if (pending) pending.abort();
    pending = new AbortController();
    results.setAttribute("aria-busy", "true");
    fetch(url, { credentials: "same-origin", signal: pending.signal })
      .then(function (response) { if (!response.ok) throw response; return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        results.replaceChildren.apply(results, page.getElementById("practice-results").childNodes);
        panel.querySelector("summary").replaceWith(page.querySelector("#practice-filters summary"));
        body.replaceWith(body = page.querySelector("#practice-filters .filter-panel__body"));
        body.querySelector("[data-instant-hint]").hidden = false;
        body.querySelector(".filter-panel__apply").hidden = true;
        var again = focused && body.querySelector(focused);
        if (again) again.focus();
        results.removeAttribute("aria-busy");
        status.textContent = results.querySelector("h2").textContent.trim();
      })
      .catch(function (error) { if (error.name !== "AbortError") window.location = url; });
  }

  panel.addEventListener("change", function (event) {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (value) query.append(name, value); });
    var url = form.action + "?" + query;
    history.pushState({ filters: true }, "", url);
    show(url, selectorFor(event.target));
  });
  window.addEventListener("popstate", function () { show(window.location.href, null); });
})();
