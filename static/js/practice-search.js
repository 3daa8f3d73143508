// Offer practice titles and tags while someone types in the practice search box.
// Progressive enhancement: the search is a plain GET form and works without this.
(function () {
  var input = document.getElementById("practice-search-text");
  var list = input && document.getElementById(input.getAttribute("list"));
  if (!list || !window.fetch) return;
  var timer;
  var latest = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = input.value.trim();
      latest = text;
      if (text.length < 2) { list.replaceChildren(); return; }
      fetch(input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(text), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { completions: [] }; })
        .then(function (data) {
          if (text !== latest) return;
          list.replaceChildren.apply(list, data.completions.map(function (completion) {
            var option = document.createElement("option");
            option.value = completion.text;
            return option;
          }));
        })
        .catch(function () { list.replaceChildren(); });
    }, 200);
  });
})();
