/* The header menu is a <details> that works without this file; here it also
   reports aria-expanded, closes on Escape (focus back on its toggle), and
   opens on wide screens in browsers that cannot show it with CSS alone. */
(function () {
    var menu = document.querySelector(".site-menu");
    if (!menu) return;
    var toggle = menu.querySelector("summary");
    var wide = window.matchMedia("(min-width: 64em)");
    function sync() { toggle.setAttribute("aria-expanded", menu.open ? "true" : "false"); }
    if (!(window.CSS && CSS.supports("selector(::details-content)")) && wide.matches) menu.open = true;
    menu.addEventListener("toggle", sync);
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.open && toggle.offsetParent) {
            menu.open = false;
            toggle.focus();
        }
    });
    sync();
})();
