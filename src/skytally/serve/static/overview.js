// The overview's two charts, drawn with Plotly (served from this server: /static/plotly.min.js).
(function () {
  "use strict";
  var source = document.getElementById("overview-data");
  if (!source || typeof Plotly === "undefined") { return; }
  var d = JSON.parse(source.textContent);
  var DAY = 86400000;
  var colors = { launched: "#334155", destroyed: "#2563eb", suppressed: "#f59e0b", record: "#dc2626" };
  var config = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["lasso2d", "select2d"] };

  function layout(ytitle) {
    return {
      margin: { t: 10, r: 10, b: 40, l: 56 }, hovermode: "x unified",
      legend: { orientation: "h", y: 1.12, x: 0 }, yaxis: { title: { text: ytitle }, rangemode: "tozero" },
      xaxis: { type: "date" }, font: { family: "system-ui, sans-serif", size: 12 },
      paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "#ffffff"
    };
  }
  // Bars: three per period side by side, placed by hand (explicit width and offset), so that
  // one period alone still draws as a group of bars rather than a zoom into milliseconds.
  function chart(id, rows, period, ytitle, recordRows) {
    var length = period === "M1" ? 30.4 * DAY : DAY;
    var bars = rows.length <= 120;
    var width = bars ? length * 0.27 : 0;
    var starts = rows.map(function (r) { return Date.parse(r.x); });
    var keys = [["launched", "launched"], ["destroyed", "destroyed"], ["suppressed", "suppressed (jammed, lost from radar)"]];
    var traces = keys.map(function (k, i) {
      var t = { name: k[1], y: rows.map(function (r) { return r[k[0]]; }), marker: { color: colors[k[0]] },
                x: starts.map(function (s) { return new Date(s + length / 2).toISOString(); }),
                hovertemplate: "%{y:,}<extra>" + k[0] + "</extra>" };
      if (bars) { t.type = "bar"; t.width = width; t.offset = (i - 1.5) * width; }
      else { t.type = "scatter"; t.mode = "lines"; t.line = { width: 1.2, color: colors[k[0]] }; }
      return t;
    });
    if (recordRows.length) {
      traces.push({
        type: "scatter", mode: "markers", name: "record",
        x: recordRows.map(function (r) { return new Date(Date.parse(r.x) + length / 2 - width).toISOString(); }),
        y: recordRows.map(function (r) { return r.y; }), text: recordRows.map(function (r) { return r.text; }),
        hovertemplate: "%{text}<extra></extra>",
        marker: { symbol: "star", size: 13, color: colors.record, line: { width: 1, color: "#7f1d1d" } }
      });
    }
    var l = layout(ytitle);
    if (starts.length) {
      var pad = Math.max(length, (Math.max.apply(null, starts) - Math.min.apply(null, starts)) * 0.02);
      l.xaxis.range = [new Date(Math.min.apply(null, starts) - pad).toISOString(),
                       new Date(Math.max.apply(null, starts) + length + pad).toISOString()];
    }
    Plotly.newPlot(id, traces, l, config);
  }

  var nights = d.per_night.map(function (n) { return Object.assign({ x: n.period }, n); });
  var perNight = {};
  nights.forEach(function (n) { perNight[n.period] = n.launched; });
  chart("nights-chart", nights, "D1", "weapons per night", d.records.map(function (r) {
    return { x: r.date, y: perNight[r.date] || r.launched, text: r.text };
  }));

  var months = d.per_month.map(function (m) { return Object.assign({ x: m.period + "-01" }, m); });
  var perMonth = {}, recordMonths = {};
  months.forEach(function (m) { perMonth[m.period] = m.launched; });
  d.records.forEach(function (r) {
    var m = r.date.slice(0, 7);
    (recordMonths[m] = recordMonths[m] || []).push(r.text);
  });
  chart("months-chart", months, "M1", "weapons per month", Object.keys(recordMonths).map(function (m) {
    return { x: m + "-01", y: perMonth[m], text: recordMonths[m].join("<br>") };
  }));
})();
