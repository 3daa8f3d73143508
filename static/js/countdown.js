/* Time left on an assessment attempt. Optional comfort: the server enforces the deadline. */
(function () {
  var clock = document.querySelector(".countdown[data-seconds-left]");
  if (!clock) return;
  var end = Date.now() + parseInt(clock.dataset.secondsLeft, 10) * 1000;
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    clock.textContent = clock.dataset.label + " " + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left > 0) setTimeout(tick, 1000);
  }
  tick();
})();
