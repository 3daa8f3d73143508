// Suggest tags already in use while a coordinator types; the field works without it.
(function () {
  var list = document.getElementById("tag-suggestions");
  var input = list && document.querySelector('input[list="tag-suggestions"]');
  if (!input || !window.fetch) return;
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var parts = input.value.split(",");
      var current = parts.pop().trim();
      var before = parts.map(function (part) { return part.trim(); }).filter(Boolean);
      if (!current) { list.replaceChildren(); return; }
      fetch(list.dataset.source + "?q=" + encodeURIComponent(current), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { tags: [] }; })
        .then(function (data) {
          list.replaceChildren.apply(list, data.tags.filter(function (tag) { return before.indexOf(tag) < 0; }).map(function (tag) {
            var option = document.createElement("option");
            option.value = before.concat([tag]).join(", ");
            return option;
          }));
        })
        .catch(function () { list.replaceChildren(); });
    }, 200);
  });
})();
