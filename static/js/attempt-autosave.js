/* Saves an attempt's answers on the server as the learner goes, so a dropped connection loses nothing.
   Without this script the "Save answers" button does the same; the server marks saved answers at the deadline. */
(function () {
  var form = document.querySelector("form.quiz[data-save-url]");
  var status = document.getElementById("save-status");
  if (!form || !status || !window.fetch) return;
  var timer = null;
  var saving = false;
  var unsaved = false;

  function show(text) { status.textContent = text; }

  function schedule() {
    unsaved = true;
    clearTimeout(timer);
    timer = setTimeout(save, 700);
  }

  function save() {
    if (saving || form.dataset.closed) return;
    if (!navigator.onLine) { show(form.dataset.offlineText); return; }
    saving = true;
    unsaved = false;
    fetch(form.dataset.saveUrl, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (reply) {
        show(reply.message || reply.error);
        if (response.status === 409 && reply.result_url) {
          form.dataset.closed = "1";
          window.location.assign(reply.result_url);
        }
      });
    }).catch(function () {
      unsaved = true;
      show(form.dataset.offlineText);
    }).then(function () {
      saving = false;
      if (unsaved && navigator.onLine) schedule();
    });
  }

  form.addEventListener("change", schedule);
  window.addEventListener("online", function () { if (unsaved) schedule(); });
  window.addEventListener("offline", function () { if (unsaved) show(form.dataset.offlineText); });
})();
