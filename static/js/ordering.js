/* Ordering questions: "Move up"/"Move down" buttons beside each step. Optional comfort:
   the position selects work alone and are what the form sends; the buttons only set them. */
(function () {
  document.querySelectorAll("[data-ordering]").forEach(function (list) {
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    list.after(status);
    function renumber() {
      list.querySelectorAll("select").forEach(function (select, index) { select.value = String(index + 1); });
    }
    function button(label, step, offset) {
      var control = document.createElement("button");
      control.type = "button";
      control.className = "button button--secondary ordering__move";
      control.textContent = label;
      control.setAttribute("aria-label", label + ": " + step.querySelector("label").textContent);
      control.addEventListener("click", function () {
        var other = offset < 0 ? step.previousElementSibling : step.nextElementSibling;
        if (!other) return;
        list.insertBefore(step, offset < 0 ? other : other.nextElementSibling);
        renumber();
        control.focus();
        status.textContent = list.dataset.moved + " " + step.querySelector("select").value;
      });
      return control;
    }
    list.querySelectorAll(".ordering__step").forEach(function (step) {
      step.append(button(list.dataset.moveUp, step, -1), button(list.dataset.moveDown, step, 1));
    });
  });
})();
