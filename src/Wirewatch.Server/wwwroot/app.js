// Wirewatch page: plain JavaScript, no libraries, no network beyond this server.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const svgNs = "http://www.w3.org/2000/svg";
  const state = { events: [], selected: null, view: { x: -180, y: -90, w: 360, h: 180 } };

  // Equirectangular projection: x = longitude, y = -latitude (SVG y grows downwards).
  const project = (lon, lat) => [lon, -lat];

  function text(value) { return value === null || value === undefined ? "" : String(value); }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children || []) node.append(c instanceof Node ? c : document.createTextNode(text(c)));
    return node;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const details = body.errors ? Object.entries(body.errors).map(([k, v]) => `${k}: ${v.join("; ")}`).join(" · ") : body.detail;
      throw new Error(`${body.title || response.statusText}${details ? " — " + details : ""}`);
    }
    return body;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  async function drawCountries() {
    try {
      const geo = await getJson("/countries.geojson");
      const group = $("countries");
      for (const feature of geo.features || []) {
        const g = feature.geometry;
        if (!g) continue;
        const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
        let d = "";
        for (const polygon of polygons) {
          for (const ring of polygon) {
            d += ring.map((p, i) => (i ? "L" : "M") + project(p[0], p[1]).map((v) => v.toFixed(2)).join(",")).join("") + "Z";
          }
        }
        const path = document.createElementNS(svgNs, "path");
        path.setAttribute("d", d);
        const title = document.createElementNS(svgNs, "title");
        title.textContent = (feature.properties && (feature.properties.name || feature.properties.id)) || "";
        path.append(title);
        group.append(path);
      }
    } catch (e) {
      // The map still shows points without borders.
    }
  }

  function location(ev) { return ev.location && typeof ev.location.lat === "number" ? ev.location : null; }

  function drawPoints() {
    const group = $("points");
    group.replaceChildren();
    const r = Math.max(state.view.w / 180, 0.25);
    state.events.forEach((item, index) => {
      const loc = location(item.event);
      if (!loc) return;
      const [x, y] = project(loc.lon, loc.lat);
      const c = document.createElementNS(svgNs, "circle");
      c.setAttribute("cx", x.toFixed(3));
      c.setAttribute("cy", y.toFixed(3));
      c.setAttribute("r", r.toFixed(3));
      c.setAttribute("tabindex", "0");
      c.setAttribute("role", "button");
      c.dataset.index = String(index);
      if (state.selected === item.id) c.classList.add("selected");
      const title = document.createElementNS(svgNs, "title");
      title.textContent = `${item.event.type || "event"} — ${loc.name || loc.text || ""} ${item.event.date ? item.event.date.value : ""}`;
      c.append(title);
      c.addEventListener("click", () => openEvent(item.id));
      c.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(item.id); });
      group.append(c);
    });
  }

  function drawTimeline() {
    const svg = $("timeline");
    svg.replaceChildren();
    const days = state.events.map((i) => i.event.date && i.event.date.value).filter(Boolean).map((d) => Date.parse(d + "T00:00:00Z"));
    if (!days.length) { $("timeline-range").textContent = "No dated events."; return; }
    const min = Math.min(...days), max = Math.max(...days);
    // Weeks when they fit in 120 bars, else months, else years; the caption says which.
    const day = 86400000;
    const units = [["week", 7 * day], ["month", 30.44 * day], ["year", 365.25 * day]];
    let [unit, week] = units[units.length - 1];
    for (const [name, size] of units) if ((max - min) / size < 120) { unit = name; week = size; break; }
    const bins = Math.max(1, Math.floor((max - min) / week) + 1);
    const counts = new Array(bins).fill(0);
    for (const d of days) counts[Math.min(bins - 1, Math.floor((d - min) / week))]++;
    const top = Math.max(...counts);
    const w = 600 / bins;
    counts.forEach((n, i) => {
      if (!n) return;
      const rect = document.createElementNS(svgNs, "rect");
      const h = (n / top) * 76;
      rect.setAttribute("x", (i * w + 0.5).toFixed(2));
      rect.setAttribute("y", (80 - h).toFixed(2));
      rect.setAttribute("width", Math.max(w - 1, 0.5).toFixed(2));
      rect.setAttribute("height", h.toFixed(2));
      const title = document.createElementNS(svgNs, "title");
      title.textContent = `${unit} from ${new Date(min + i * week).toISOString().slice(0, 10)}: ${n} event(s)`;
      rect.append(title);
      svg.append(rect);
    });
    $("timeline-range").textContent = `${new Date(min).toISOString().slice(0, 10)} – ${new Date(max).toISOString().slice(0, 10)}, events per ${unit}`;
  }

  function participants(list) {
    return (list || []).map((p) => p.canonical && p.canonical !== p.text ? `${p.text} (${p.canonical})` : p.text).join("; ");
  }

  function drawList(total) {
    const list = $("events");
    list.replaceChildren();
    $("count").textContent = `Events (${state.events.length}${total > state.events.length ? " of " + total : ""})`;
    for (const item of state.events) {
      const ev = item.event;
      const loc = location(ev);
      const status = ev.status || "asserted";
      const button = el("button", { type: "button", "data-id": item.id }, [
        el("span", { class: "badge" }, [ev.type || "?"]),
        el("span", { class: "badge " + status }, [status]),
        ` ${ev.date ? ev.date.value : "undated"} · ${participants(ev.actors) || "unknown actor"}`,
        ev.recipients && ev.recipients.length ? ` → ${participants(ev.recipients)}` : "",
        loc ? ` · ${loc.name || loc.text}` : "",
        ev.killed && ev.killed.value !== null && ev.killed.value !== undefined ? ` · ${ev.killed.value} killed` : "",
      ]);
      button.addEventListener("click", () => openEvent(item.id));
      list.append(el("li", {}, [button]));
    }
  }

  // Marks the event's sentence, its evidence and its trigger; inner marks win where they nest.
  function highlighted(articleText, ev, sentence) {
    const spans = [];
    if (sentence && typeof sentence.start === "number") spans.push({ start: sentence.start, end: sentence.end, rank: 1, cls: "sentence" });
    for (const s of ev.evidence || []) if (typeof s.start === "number") spans.push({ start: s.start, end: s.end, rank: 2, cls: "evidence" });
    if (ev.trigger && typeof ev.trigger.start === "number") spans.push({ start: ev.trigger.start, end: ev.trigger.end, rank: 3, cls: "trigger" });
    const cuts = new Set([0, articleText.length]);
    for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(articleText.length, s.end)); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("div", { id: "article-text", tabindex: "0" });
    let first = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      let best = null;
      for (const s of spans) if (s.start <= from && s.end >= to && (!best || s.rank > best.rank)) best = s;
      const piece = articleText.slice(from, to);
      if (!best) { out.append(piece); continue; }
      const mark = el("mark", { class: best.cls }, [piece]);
      if (best.rank >= 2 && !first) first = mark;
      out.append(mark);
    }
    return { node: out, first };
  }

  async function openEvent(id) {
    try {
      const item = await getJson("/api/events/" + encodeURIComponent(id));
      state.selected = id;
      drawPoints();
      const ev = item.event;
      const loc = location(ev) || ev.location;
      const claim = ev.claim ? `${text(ev.claim.claimant && (ev.claim.claimant.text || ev.claim.claimant))} via ${text(ev.claim.channel) || "?"} — ${text(ev.claim.verified) || "unverified"}` : "";
      const counts = ["killed", "injured", "abducted", "arrested"].filter((k) => ev[k]).map((k) => `${k}: ${ev[k].value === null || ev[k].value === undefined ? "unknown" : ev[k].value}`).join(", ");
      const attribution = ev.attribution ? (ev.attribution.text || ev.attribution) : "";
      const rows = [
        ["Type", [ev.type, ev.mode].filter(Boolean).join(" / ")],
        ["ACLED", ev.acled ? `${ev.acled.eventType} / ${ev.acled.subEventType}` : ""],
        ["Status", ev.status || "asserted"],
        ["Claim", claim],
        ["Attributed to", attribution],
        ["Actors", participants(ev.actors)],
        ["Recipients", participants(ev.recipients)],
        ["Where", loc ? `${loc.name || loc.text || ""} ${loc.countryCode ? "(" + loc.countryCode + ")" : ""} precision ${loc.precision || "?"}` : "no place given"],
        ["When", ev.date ? `${ev.date.value}${ev.date.end ? " – " + ev.date.end : ""} (${ev.date.precision}, ${ev.date.basis})` : "undated"],
        ["Counts", counts],
        ["Confidence", ev.confidence !== undefined ? `${ev.confidence} — ${text(ev.reason)}` : text(ev.reason)],
        ["Source", item.article.title || item.article.url || item.article.id],
      ];
      const dl = el("dl");
      for (const [k, v] of rows) if (v) dl.append(el("dt", {}, [k]), el("dd", {}, [v]));
      const { node, first } = highlighted(item.article.text || "", ev, item.sentence);
      const detail = $("detail");
      detail.replaceChildren(el("h2", {}, [`${ev.type || "Event"} ${item.id}`]), dl, el("h3", {}, ["Article, with the evidence highlighted"]), node);
      detail.hidden = false;
      if (first) first.scrollIntoView({ block: "nearest" });
    } catch (e) {
      showError(e.message);
    }
  }

  function queryString() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData($("filters"))) if (String(v).trim()) params.set(k, String(v).trim());
    params.set("limit", "500");
    return params.toString();
  }

  async function load() {
    showError("");
    try {
      const page = await getJson("/api/events?" + queryString());
      state.events = page.items;
      drawPoints();
      drawTimeline();
      drawList(page.total);
      const stats = await getJson("/api/stats");
      $("stats").textContent = `${stats.articles} articles · ${stats.events} events · ${stats.quotes} quotes · ${stats.failed} failed inputs`;
      document.body.dataset.ready = "true";
    } catch (e) {
      showError(e.message);
    }
  }

  function setView() {
    const v = state.view;
    $("map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    drawPoints();
  }

  function enablePanZoom() {
    const svg = $("map");
    let drag = null;
    svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      const fx = (e.clientX - box.left) / box.width, fy = (e.clientY - box.top) / box.height;
      const k = e.deltaY < 0 ? 0.8 : 1.25;
      const v = state.view;
      const w = Math.min(360, Math.max(2, v.w * k)), h = w / 2;
      state.view = { x: v.x + (v.w - w) * fx, y: v.y + (v.h - h) * fy, w, h };
      setView();
    }, { passive: false });
    svg.addEventListener("pointerdown", (e) => { drag = { x: e.clientX, y: e.clientY, view: { ...state.view } }; });
    window.addEventListener("pointerup", () => { drag = null; });
    svg.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const box = svg.getBoundingClientRect();
      const s = drag.view.w / box.width;
      state.view = { ...drag.view, x: drag.view.x - (e.clientX - drag.x) * s, y: drag.view.y - (e.clientY - drag.y) * s };
      setView();
    });
  }

  $("filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
  $("filters").addEventListener("reset", () => setTimeout(load, 0));
  enablePanZoom();
  drawCountries().then(load);
})();
