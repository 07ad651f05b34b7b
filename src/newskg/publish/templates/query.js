// The query page of `newskg serve`: fill the textarea from the library, run the
// query against /sparql, show the rows as a table. Everything from the results
// is inserted with textContent, never as HTML.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("query-form");
  var library = document.getElementById("library");
  var textarea = document.getElementById("query");
  var doc = document.getElementById("doc");
  var status = document.getElementById("status");
  var results = document.getElementById("results");

  library.addEventListener("change", function () {
    var opt = library.options[library.selectedIndex];
    if (opt && opt.dataset.query) {
      textarea.value = opt.dataset.query;
      doc.textContent = opt.dataset.doc || "";
    }
  });

  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri" && /^https?:\/\//.test(term.value)) {
      var a = document.createElement("a");
      a.href = term.value;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = term.datatype;
    }
    return td;
  }

  function table(data) {
    var t = document.createElement("table");
    var head = document.createElement("tr");
    data.head.vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    t.appendChild(head);
    data.results.bindings.forEach(function (row) {
      var tr = document.createElement("tr");
      data.head.vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      t.appendChild(tr);
    });
    return t;
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    results.textContent = "";
    status.textContent = "running…";
    var started = Date.now();
    fetch("sparql", {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: textarea.value
    }).then(function (resp) {
      var type = resp.headers.get("Content-Type") || "";
      var cut = resp.headers.get("X-Newskg-Truncated") === "true";
      return resp.text().then(function (body) {
        var secs = ((Date.now() - started) / 1000).toFixed(2) + " s";
        if (!resp.ok) {
          status.textContent = "error " + resp.status + " (" + secs + ")";
          var pre = document.createElement("pre");
          pre.textContent = body;
          results.appendChild(pre);
          return;
        }
        if (type.indexOf("json") >= 0) {
          var data = JSON.parse(body);
          if (typeof data.boolean === "boolean") {
            status.textContent = "answer: " + data.boolean + " (" + secs + ")";
            return;
          }
          status.textContent = data.results.bindings.length + " row(s)" +
            (cut ? ", cut at the server's limit" : "") + " (" + secs + ")";
          results.appendChild(table(data));
        } else {
          status.textContent = (cut ? "cut at the server's limit " : "") + "(" + secs + ")";
          var pre2 = document.createElement("pre");
          pre2.textContent = body;
          results.appendChild(pre2);
        }
      });
    }).catch(function (err) {
      status.textContent = "request failed: " + err;
    });
  });
});
