/*
 * A small formatting editor over the practice form's rich-text textareas (knowledgebase/sanitising.py).
 *
 * Written for this site, not a library: the smallest maintained npm editor
 * (squire-rte, 60 KB minified) alone exceeds the 40 KB a page may load; see
 * docs/front-end-budget.md. Progressive enhancement: without JavaScript
 * the textarea stays and takes plain text. With it, the textarea is hidden
 * and a labelled toolbar and an editable area take its place; the area's
 * content is written back to the textarea, reduced to the tags the server
 * keeps (p, br, b, i, ul, ol, li, a href to http(s) or mailto), on every
 * change. The server cleans it again whatever arrives.
 *
 * Keyboard: Tab reaches the toolbar, then the text; arrow keys, Home and
 * End move along the toolbar (one tab stop); Ctrl/Cmd+B and +I work in the
 * text. The toolbar's labels come translated from a <template> in the page.
 */
(function () {
    "use strict";
    var KEPT = {P: "p", DIV: "p", BR: "br", B: "b", STRONG: "b", I: "i", EM: "i", UL: "ul", OL: "ol", LI: "li", A: "a"};
    var BLOCKS = {p: 1, ul: 1, ol: 1, li: 1};
    var SAFE_LINK = /^(https?:|mailto:)/i;

    function escapeText(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    /* The allowed HTML for a node's children; anything else is unwrapped, keeping its text. */
    function cleanChildren(node) {
        var out = "";
        node.childNodes.forEach(function (child) {
            if (child.nodeType === 3) {
                // Browsers type a no-break space next to a formatting boundary; it is a plain space.
                out += escapeText(child.nodeValue.replace(/\u00a0/g, " "));
            } else if (child.nodeType === 1) {
                var tag = KEPT[child.nodeName];
                if (!tag || (tag === "a" && !SAFE_LINK.test(child.getAttribute("href") || ""))) {
                    out += cleanChildren(child);
                } else if (tag === "br") {
                    out += "<br>";
                } else {
                    var inner = cleanChildren(child);
                    var open = tag === "a" ? '<a href="' + escapeText(child.getAttribute("href")).replace(/"/g, "&quot;") + '">' : "<" + tag + ">";
                    if (inner || !BLOCKS[tag]) { out += open + inner + "</" + tag + ">"; }
                }
            }
        });
        return out;
    }

    /* What the textarea holds, as allowed HTML: stored HTML as it is (cleaned), plain text as paragraphs. */
    function htmlFrom(value) {
        if (!/<\s*(p|ul|ol|li|br)\b/i.test(value)) {
            return value.trim().split(/\n\s*\n/).filter(Boolean).map(function (paragraph) {
                return "<p>" + escapeText(paragraph.trim()).replace(/\n/g, "<br>") + "</p>";
            }).join("");
        }
        // An inert document: nothing in it loads or runs.
        return cleanChildren(new DOMParser().parseFromString(value, "text/html").body);
    }

    function enhance(textarea, template) {
        var label = document.querySelector('label[for="' + textarea.id + '"]');
        if (!label) { return; }
        label.id = label.id || textarea.id + "_label";
        var editor = template.content.firstElementChild.cloneNode(true);
        var toolbar = editor.querySelector("[role=toolbar]");
        var area = editor.querySelector("[contenteditable]");
        var buttons = Array.prototype.slice.call(toolbar.querySelectorAll("button"));
        toolbar.setAttribute("aria-label", toolbar.getAttribute("aria-label") + " " + label.textContent.trim());
        toolbar.setAttribute("aria-controls", textarea.id + "_editor");
        area.id = textarea.id + "_editor";
        area.setAttribute("aria-labelledby", label.id);
        var described = textarea.getAttribute("aria-describedby");
        if (described) { area.setAttribute("aria-describedby", described); }
        if (textarea.getAttribute("aria-invalid")) { area.setAttribute("aria-invalid", "true"); }
        area.innerHTML = htmlFrom(textarea.value);

        function save() { textarea.value = cleanChildren(area); }
        function refresh() {
            buttons.forEach(function (button) {
                if (button.hasAttribute("aria-pressed")) {
                    var active = document.activeElement === area && document.queryCommandState(button.dataset.command);
                    button.setAttribute("aria-pressed", active ? "true" : "false");
                }
            });
        }
        function run(button) {
            area.focus();
            var command = button.dataset.command;
            if (command === "createLink") {
                var address = window.prompt(button.dataset.prompt, "https://");
                if (!address || !SAFE_LINK.test(address.trim())) { return; }
                document.execCommand("createLink", false, address.trim());
            } else {
                document.execCommand(command, false, null);
            }
            save();
            refresh();
        }

        buttons.forEach(function (button, index) {
            button.tabIndex = index === 0 ? 0 : -1;
            button.addEventListener("mousedown", function (event) { event.preventDefault(); });
            button.addEventListener("click", function () { run(button); });
        });
        toolbar.addEventListener("keydown", function (event) {
            var current = buttons.indexOf(document.activeElement);
            var next = {ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1}[event.key];
            if (next === undefined || current < 0) { return; }
            event.preventDefault();
            next = (next + buttons.length) % buttons.length;
            buttons[current].tabIndex = -1;
            buttons[next].tabIndex = 0;
            buttons[next].focus();
        });
        area.addEventListener("input", save);
        area.addEventListener("keyup", refresh);
        area.addEventListener("mouseup", refresh);
        area.addEventListener("focus", refresh);
        area.addEventListener("paste", function (event) {
            event.preventDefault();
            document.execCommand("insertText", false, (event.clipboardData || window.clipboardData).getData("text/plain"));
        });
        label.addEventListener("click", function (event) { event.preventDefault(); area.focus(); });

        textarea.hidden = true;
        textarea.parentNode.insertBefore(editor, textarea);
        save();
    }

    var template = document.getElementById("rich-text-toolbar");
    if (!template || !("content" in template) || !document.execCommand) { return; }
    document.execCommand("defaultParagraphSeparator", false, "p");
    document.querySelectorAll("textarea[data-rich-text]").forEach(function (textarea) { enhance(textarea, template); });
}());
