/* Time left on an assessment attempt, submitting the answers at zero. The server enforces the deadline:
   offline, it marks the answers saved before then. */
(function () {
  var clock = document.querySelector(".countdown[data-seconds-left]");
  if (!clock) return;
  var form = document.querySelector("form.quiz");
  var end = Date.now() + parseInt(clock.dataset.secondsLeft, 10) * 1000;
  function timeUp() {
    if (!form || form.dataset.closed) return;
    form.dataset.closed = "1";
    if (navigator.onLine) {
      form.requestSubmit ? form.requestSubmit() : form.submit();
    } else {
      var status = document.getElementById("save-status");
      if (status) status.textContent = form.dataset.timeUpText;
    }
  }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    clock.textContent = clock.dataset.label + " " + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left > 0) setTimeout(tick, 1000);
    else timeUp();
  }
  tick();
})();
