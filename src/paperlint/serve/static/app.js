/* paperlint serve: upload a paper, walk through its findings, fix it, download it.
   Paper text arrives from the server as escaped HTML (the `html` field) or as JSON strings,
   which go into the page only through textContent. */
(function () {
  "use strict";
  var RECHECK_DELAY = 600;
  var state = { view: null, active: -1, busy: false, timer: null };
  var $ = function (id) { return document.getElementById(id); };
  var paperEl = $("paper"), findingsEl = $("findings"), statusEl = $("status");

  function say(message, isError) {
    statusEl.textContent = message;
    statusEl.classList.toggle("error", Boolean(isError));
  }

  function api(method, url, body) {
    var options = { method: method, credentials: "same-origin", headers: { "X-Paperlint": "1" } };
    if (body instanceof Blob) { options.body = body; }
    else if (body !== undefined) { options.body = JSON.stringify(body); options.headers["Content-Type"] = "application/json"; }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.error || ("the server answered " + response.status));
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function paperUrl(suffix) { return "/api/papers/" + encodeURIComponent(state.view.id) + (suffix || ""); }

  function upload(file) {
    if (!file) { return; }
    say("Checking " + file.name + "…");
    api("POST", "/api/papers?name=" + encodeURIComponent(file.name), file)
      .then(function (view) { show(view); say("Checked " + file.name + "."); listPapers(); })
      .catch(function (error) { say(error.message, true); });
  }

  function uploadFolder(file) {
    if (!file) { return; }
    say("Checking the papers in " + file.name + "… (a minute or more for a large folder)");
    api("POST", "/api/folders?name=" + encodeURIComponent(file.name), file)
      .then(function (view) { showFolder(view); say("Checked " + view.papers + " papers from " + file.name + "."); })
      .catch(function (error) { say(error.message, true); });
  }

  function showFolder(view) {
    $("drop").hidden = true;
    $("workspace").hidden = true;
    $("triage").hidden = false;
    var statuses = view.statuses;
    $("triage-summary").textContent = view.name + ": " + view.papers + " papers (" + statuses.fails + " fail, " +
      statuses.passes + " pass, " + statuses["not read"] + " not read) · " + view.copies + (view.copies === 1 ? " pair" : " pairs") + " of papers sharing text";
    var base = "/api/folders/" + encodeURIComponent(view.id) + "/download/";
    $("download-folder-html").href = base + "html";
    $("download-folder-csv").href = base + "csv";
    var skipped = $("triage-skipped");
    skipped.hidden = view.skipped.length === 0;
    skipped.textContent = "Not papers, so not checked: " + view.skipped.join("; ");
    var tables = $("triage-tables");
    tables.innerHTML = view.html;  // escaped by the server
    sortTables(tables);
  }

  function listPapers() {
    return api("GET", "/api/papers").then(function (data) {
      var nav = $("papers");
      nav.textContent = "";
      data.papers.forEach(function (paper) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = paper.name;
        button.classList.toggle("current", Boolean(state.view && state.view.id === paper.id));
        button.addEventListener("click", function () { open(paper.id); });
        nav.appendChild(button);
      });
      if (!state.view && data.engines.length) { say(data.engines.join("; ")); }
    });
  }

  function open(id) {
    api("GET", "/api/papers/" + encodeURIComponent(id)).then(function (view) { show(view); listPapers(); })
      .catch(function (error) { say(error.message, true); });
  }

  function show(view, keepText) {
    var previous = state.view;
    state.view = view;
    $("drop").hidden = true;
    $("triage").hidden = true;
    $("workspace").hidden = false;
    if (!keepText) { paperEl.innerHTML = view.html; }  // escaped by the server
    var counts = view.counts;
    $("summary").textContent = view.name + ": " + view.findings.length + " findings (" + counts.error + " errors, " +
      counts.warning + " warnings, " + counts.info + " info) · " + view.words + " words" +
      (view.grade === null ? "" : " · reading grade " + view.grade) +
      (view.changes ? " · " + view.changes + " change" + (view.changes === 1 ? "" : "s") : "");
    ["text", "html", "docx"].forEach(function (kind) { $("download-" + kind).href = paperUrl("/download/" + kind); });
    var ignored = $("ignored");
    ignored.hidden = view.ignored.length === 0;
    ignored.textContent = "Ignored for this paper: " + view.ignored.join(", ");
    findingsEl.textContent = "";
    view.findings.forEach(function (finding) { findingsEl.appendChild(card(finding, view.rules[finding.code])); });
    paperEl.querySelectorAll("mark.hl").forEach(function (mark) {
      mark.addEventListener("click", function () {
        var first = (mark.getAttribute("data-findings") || "").split(" ")[0];
        var index = view.findings.findIndex(function (f) { return f.id === first; });
        if (index >= 0) { select(index, false); }
      });
    });
    var keep = previous && previous.id === view.id ? Math.min(state.active, view.findings.length - 1) : -1;
    state.active = -1;
    if (keep >= 0) { select(keep, false); }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function button(label, className, action) {
    var node = element("button", className, label);
    node.type = "button";
    node.addEventListener("click", function (event) { event.stopPropagation(); action(); });
    return node;
  }

  function card(finding, rule) {
    var item = element("li", "card sev-" + finding.severity);
    item.setAttribute("data-index", String(finding.index));
    item.setAttribute("data-finding", finding.id);
    var head = element("div", "head");
    head.appendChild(element("span", "code", finding.code));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(element("span", "sev", finding.severity));
    head.appendChild(document.createTextNode(" " + finding.name + " · " + finding.place));
    item.appendChild(head);
    item.appendChild(element("div", "message", finding.message));
    item.appendChild(element("div", "quote", "“" + finding.text + "”"));
    finding.details.forEach(function (detail) { item.appendChild(element("div", "extra", "Note: " + detail)); });
    var actions = element("div", "actions");
    finding.suggestions.forEach(function (label, choice) {
      actions.appendChild(button("Accept: " + label, "accept", function () { accept(finding.index, choice); }));
    });
    actions.appendChild(button("Dismiss", "dismiss", function () { dismiss(finding.index); }));
    actions.appendChild(button("Ignore " + finding.code + " for this paper", "ignore", function () { ignore(finding.code); }));
    item.appendChild(actions);
    if (rule) {
      var about = element("details", "rule");
      about.appendChild(element("summary", "", "About " + finding.code + ": " + rule.summary));
      about.appendChild(element("pre", "", rule.text));
      item.appendChild(about);
    }
    item.addEventListener("click", function () { select(finding.index, true); });
    return item;
  }

  function select(index, fromCard) {
    var view = state.view;
    if (!view || index < 0 || index >= view.findings.length) { return; }
    state.active = index;
    document.querySelectorAll(".active").forEach(function (node) { node.classList.remove("active"); });
    var id = view.findings[index].id;
    var item = findingsEl.querySelector('li.card[data-finding="' + id + '"]');
    if (item) { item.classList.add("active"); item.scrollIntoView({ block: "nearest" }); }
    var marks = paperEl.querySelectorAll('mark.hl[data-findings~="' + id + '"]');
    marks.forEach(function (mark) { mark.classList.add("active"); });
    if (marks.length && fromCard !== false) { marks[0].scrollIntoView({ block: "center" }); }
    else if (marks.length) { marks[0].scrollIntoView({ block: "nearest" }); }
  }

  function change(path, body) {
    body.version = state.view.version;
    say("Checking…");
    return api("POST", paperUrl(path), body).then(function (view) { show(view); say("Up to date."); })
      .catch(function (error) {
        say(error.message, true);
        if (error.status === 409) { open(state.view.id); }
      });
  }
  function accept(index, choice) { return change("/accept", { finding: index, suggestion: choice }); }
  function dismiss(index) { return change("/dismiss", { finding: index }); }
  function ignore(code) { return change("/ignore", { code: code }); }

  // --- editing the text: checked again when the delegate pauses --------------------------
  function caretOffset() {
    var selection = window.getSelection();
    if (!selection.rangeCount || !paperEl.contains(selection.getRangeAt(0).endContainer)) { return null; }
    var range = selection.getRangeAt(0), before = document.createRange();
    before.selectNodeContents(paperEl);
    before.setEnd(range.endContainer, range.endOffset);
    return before.toString().length;
  }

  function placeCaret(offset) {
    var walker = document.createTreeWalker(paperEl, NodeFilter.SHOW_TEXT), node, seen = 0;
    while ((node = walker.nextNode())) {
      if (seen + node.length >= offset) {
        var range = document.createRange();
        range.setStart(node, offset - seen);
        range.collapse(true);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      seen += node.length;
    }
  }

  function recheck() {
    if (state.busy) { schedule(); return; }
    var text = paperEl.textContent;
    state.busy = true;
    say("Checking…");
    api("POST", paperUrl("/text"), { version: state.view.version, text: text })
      .then(function (view) {
        if (paperEl.textContent !== text) { show(view, true); schedule(); return; }  // typed meanwhile
        var caret = caretOffset();
        show(view);
        if (caret !== null) { placeCaret(caret); }
        say("Up to date.");
      })
      .catch(function (error) { say(error.message, true); if (error.status === 409) { open(state.view.id); } })
      .then(function () { state.busy = false; });
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(recheck, RECHECK_DELAY);
  }

  paperEl.addEventListener("input", function () { say("Edited: checking when you pause…"); schedule(); });

  // --- keyboard: j/k or arrows between findings, a accept, d dismiss -----------------------
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (!state.view || event.ctrlKey || event.metaKey || event.altKey || target === paperEl ||
        paperEl.contains(target) || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    var count = state.view.findings.length, active = state.active;
    if (event.key === "j" || event.key === "ArrowDown") { select(Math.min(active + 1, count - 1), true); }
    else if (event.key === "k" || event.key === "ArrowUp") { select(Math.max(active - 1, 0), true); }
    else if (event.key === "a" && active >= 0 && state.view.findings[active].suggestions.length) { accept(active, 0); }
    else if (event.key === "d" && active >= 0) { dismiss(active); }
    else { return; }
    event.preventDefault();
  });

  // --- choosing or dropping a file ---------------------------------------------------------
  $("file").addEventListener("change", function (event) { upload(event.target.files[0]); event.target.value = ""; });
  $("folder").addEventListener("change", function (event) { uploadFolder(event.target.files[0]); event.target.value = ""; });
  var drop = document.body;
  drop.addEventListener("dragover", function (event) { event.preventDefault(); $("drop").classList.add("over"); });
  drop.addEventListener("dragleave", function () { $("drop").classList.remove("over"); });
  drop.addEventListener("drop", function (event) {
    event.preventDefault();
    $("drop").classList.remove("over");
    var file = event.dataTransfer.files[0];
    if (file) { (/\.zip$/i.test(file.name) ? uploadFolder : upload)(file); }
  });

  listPapers().catch(function (error) { say(error.message, true); });
})();
