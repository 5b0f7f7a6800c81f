// Orbat's analyst page: the actor network at a month (Cytoscape.js), events on an offline map
// (Leaflet, no tiles), a timeline, alias search, and the evidence behind any relation or event.
// Rule of this file: text from the knowledge base goes into the page through textContent (el()),
// never parsed as HTML, because it is copied from news articles.
'use strict';

(function () {
  const FIRST_YEAR = 2011;
  const LAST_YEAR = 2025;
  // Colours of the commonest relation types; any other type the server's vocabulary names is grey.
  const COLOURS = {
    ally_of: '#2e9d47', rival_of: '#d62c2c', member_of: '#2f6fd6', supported_by: '#f08c00', other: '#8a8a8a'
  };
  const MAX_PLACE_LABELS = 25;
  const MAX_TIES_DRAWN = 1500;
  const EVENT_PAGE = 200;

  // The view: what the URL records (focus, month, depth, hidden relation types, evidence floor, place, event
  // type) and what was last drawn. The relation and event types come from /api/vocabulary, never a list here.
  const state = {
    focus: null, month: null, network: null, shown: null, events: [], requests: 0, generation: 0,
    hidden: new Set(), minEvidence: 1, place: null, eventType: '', symmetric: new Set()
  };
  const $ = (id) => document.getElementById(id);

  /** An element with text content only; children may be elements or strings (made text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function status(text) {
    $('status').textContent = text || '';
  }

  async function api(path) {
    state.requests++;
    document.body.dataset.busy = 'true';
    try {
      const response = await fetch(path, { headers: { Accept: 'application/json' } });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const error = new Error(body.message || ('HTTP ' + response.status));
        error.status = response.status;
        throw error;
      }
      return body;
    } finally {
      if (--state.requests === 0) document.body.dataset.busy = 'false';
    }
  }

  // ---- time slider: one step a month, FIRST_YEAR-01 .. LAST_YEAR-12 ----

  function monthOf(index) {
    const year = FIRST_YEAR + Math.floor(index / 12);
    const month = (index % 12) + 1;
    return year + '-' + String(month).padStart(2, '0');
  }

  function lastDayOf(month) {
    const [y, m] = month.split('-').map(Number);
    const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return month + '-' + String(day).padStart(2, '0');
  }

  function setupSlider() {
    const slider = $('slider');
    slider.max = String((LAST_YEAR - FIRST_YEAR + 1) * 12 - 1);
    slider.value = slider.max;
    let timer = null;
    const changed = () => {
      $('slider-label').textContent = monthOf(Number(slider.value));
      clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    };
    slider.addEventListener('input', changed);
    slider.addEventListener('change', changed);
    $('slider-label').textContent = monthOf(Number(slider.value));
  }

  // ---- network ----

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(name)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 90,
        'background-color': '#5b6b7b', 'width': 14, 'height': 14, 'color': '#222'
      } },
      { selector: 'node.focus', style: { 'background-color': '#ffb000', 'width': 24, 'height': 24, 'font-weight': 'bold' } },
      { selector: 'edge', style: {
        'width': 2.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'curve-style': 'bezier',
        'opacity': 0.85
      } },
      { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
      { selector: ':selected', style: { 'overlay-color': '#3399ff', 'overlay-opacity': 0.25 } }
    ]
  });

  // A slider dragged quickly sends several requests; only the answer to the latest one is drawn.
  async function loadNetwork(generation) {
    const at = lastDayOf(state.month);
    const params = new URLSearchParams({ at });
    if (state.focus) {
      params.set('around', state.focus.id);
      params.set('depth', $('depth').value);
    }
    const network = await api('/api/network?' + params);
    if (generation !== state.generation) return;
    state.network = network;
    const shown = state.shown = shownTies(network);
    drawNetwork(network, shown);
    listTies(shown);
    document.body.dataset.networkAt = state.month;
  }

  // The ties the filters let through, strongest first (most reports behind them), each with its index
  // in the network's list so the evidence of a drawn or listed tie can be found again.
  function shownTies(network) {
    return network.ties.map((tie, index) => ({ tie, index }))
      .filter(({ tie }) => !state.hidden.has(tie.type) && tie.fact_ids.length >= state.minEvidence)
      .sort((a, b) => b.tie.fact_ids.length - a.tie.fact_ids.length || a.index - b.index);
  }

  function drawNetwork(network, shown) {
    const ties = shown.slice(0, MAX_TIES_DRAWN).map((s) => s.tie);
    const indexes = shown.slice(0, MAX_TIES_DRAWN).map((s) => s.index);
    const used = new Set();
    ties.forEach((t) => { used.add(t.source.id); used.add(t.target.id); });
    if (network.center) used.add(network.center.id);
    const nodes = network.actors.filter((a) => used.has(a.id)).map((a) => ({
      data: { id: 'a:' + a.id, actor: a.id, name: a.name },
      classes: state.focus && a.id === state.focus.id ? 'focus' : ''
    }));
    const edges = ties.map((t, i) => ({
      data: {
        id: 'e' + i, source: 'a:' + t.source.id, target: 'a:' + t.target.id, type: t.type,
        colour: COLOURS[t.type] || COLOURS.other, directed: !state.symmetric.has(t.type),
        facts: t.fact_ids, tie: indexes[i]
      }
    }));
    cy.elements().remove();
    cy.add(nodes.concat(edges));
    cy.layout(layoutFor(network)).run();
    if (shown.length > MAX_TIES_DRAWN) {
      status('Drawing the ' + MAX_TIES_DRAWN + ' best-reported of ' + shown.length + ' relations; search an actor to narrow.');
    }
  }

  // Around an actor: rings by steps from it, so the neighbourhood reads at a glance; the whole
  // network: force-directed, spread wide enough for labels.
  function layoutFor(network) {
    if (network.center) {
      const distance = {};
      cy.elements().bfs({ roots: cy.getElementById('a:' + network.center.id), directed: false,
        visit: (v, e, u, i, depth) => { distance[v.id()] = depth; } });
      return { name: 'concentric', animate: false, minNodeSpacing: 30, startAngle: Math.PI / 2,
        concentric: (n) => 10 - (distance[n.id()] ?? 9), levelWidth: () => 1 };
    }
    return { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 80,
      nodeOverlap: 20, componentSpacing: 60, numIter: 1000 };
  }

  function tieLabel(t) {
    return [t.source.name, ' ', el('span', { class: 'kind' }, t.type), ' ', t.target.name,
      t.since ? ' (since ' + t.since + (t.until ? ', until ' + t.until : '') + ')' : ''];
  }

  function listTies(shown) {
    const list = $('ties');
    clear(list);
    if (shown.length === 0) list.appendChild(el('li', { class: 'hint' }, 'No relation shown in force at ' + state.month + '.'));
    shown.slice(0, 300).forEach(({ tie: t, index: i }) => {
      const item = el('li', {
        'data-type': t.type, 'data-source': t.source.id, 'data-target': t.target.id,
        'data-source-name': t.source.name, 'data-target-name': t.target.name, 'data-facts': t.fact_ids.join(' '),
        'data-tie': i, 'data-reports': t.fact_ids.length
      }, ...tieLabel(t));
      item.addEventListener('click', () => showTie(i));
      list.appendChild(item);
    });
  }

  function showTie(index) {
    const t = state.network.ties[index];
    document.querySelectorAll('#ties li.selected').forEach((n) => n.classList.remove('selected'));
    const item = document.querySelector('#ties li[data-tie="' + index + '"]');
    if (item) item.classList.add('selected');
    showEvidence(t.fact_ids);
  }

  cy.on('tap', 'edge', (evt) => showTie(evt.target.data('tie')));
  cy.on('tap', 'node', (evt) => focusOn({ id: evt.target.data('actor'), name: evt.target.data('name') }));

  // ---- search by any alias ----

  async function search(text) {
    const query = text.trim();
    if (!query) return;
    status('');
    try {
      const profile = await api('/api/actors/' + encodeURIComponent(query));
      await focusOn({ id: profile.id, name: profile.name });
    } catch (e) {
      if (e.status !== 404) throw e;
      const matches = await api('/api/actors?size=10&q=' + encodeURIComponent(query));
      if (matches.length === 0) {
        status('No actor known as "' + query + '".');
        return;
      }
      await focusOn({ id: matches[0].id, name: matches[0].name });
      if (matches.length > 1) status(matches.length + ' actors match; showing ' + matches[0].name + '.');
    }
  }

  async function suggest(text) {
    if (text.trim().length < 2) return;
    const matches = await api('/api/actors?size=10&q=' + encodeURIComponent(text.trim()));
    const list = $('search-suggestions');
    clear(list);
    matches.forEach((m) => list.appendChild(el('option', { value: m.name })));
  }

  function setFocus(actor) {
    state.focus = actor;
    $('focus-name').textContent = actor ? 'around ' + actor.name : '';
    document.body.dataset.focus = actor ? actor.id : '';
  }

  async function focusOn(actor) {
    setFocus(actor);
    await refresh();
  }

  // ---- events: map and timeline ----

  const map = L.map('map', { zoomControl: true, attributionControl: true, preferCanvas: true }).setView([35.0, 38.5], 6);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Governorates: OCHA/HDX; countries: Natural Earth');
  const eventLayer = L.layerGroup().addTo(map);

  async function loadBaseMap() {
    const [countries, admin1] = await Promise.all([
      fetch('basemap/countries.geojson').then((r) => r.json()),
      fetch('basemap/syria-admin1.geojson').then((r) => r.json())
    ]);
    L.geoJSON(countries, { interactive: false, style: { color: '#999', weight: 1, fillColor: '#f2efe9', fillOpacity: 1 } }).addTo(map);
    L.geoJSON(admin1, {
      style: { color: '#777', weight: 1, fillColor: '#fffdf6', fillOpacity: 1 },
      onEachFeature: (f, layer) => layer.bindTooltip(el('span', {}, f.properties.name), { sticky: true })
    }).addTo(map);
    eventLayer.bringToFront && eventLayer.eachLayer((l) => l.bringToFront());
  }

  // Dated events up to the month, and apart from them the events no report dates: a month cannot say
  // whether they fall in it, so they are listed as undated, never dropped.
  async function loadEvents(generation) {
    const params = new URLSearchParams({ size: String(EVENT_PAGE) });
    if (state.focus) params.set('actor', state.focus.id);
    if (state.place) params.set('place', state.place);
    if (state.eventType) params.set('type', state.eventType);
    const dated = new URLSearchParams(params);
    dated.set('to', lastDayOf(state.month));
    dated.set('undated', 'without');
    const undated = new URLSearchParams(params);
    undated.set('undated', 'only');
    const [page, rest] = await Promise.all([api('/api/events?' + dated), api('/api/events?' + undated)]);
    if (generation !== state.generation) return;
    state.events = page.events.concat(rest.events);
    $('timeline-note').textContent = (state.focus ? 'of ' + state.focus.name + ', ' : '') +
      (state.place ? 'at ' + state.place + ', ' : '') + (state.eventType ? state.eventType + ', ' : '') + 'up to ' + state.month +
      (page.more ? ', latest ' + page.events.length : '') +
      (rest.events.length ? '; ' + rest.events.length + (rest.more ? '+' : '') + ' undated' : '');
    drawTimeline(page.events, rest.events);
    drawEvents(state.events);
    document.body.dataset.place = state.place || '';
  }

  // The toll, or the range the sources give when they disagree (each source's is in the evidence).
  function tollText(e) {
    const tolls = e.tolls || [];
    if (tolls.length > 1) return ', ' + tolls[0] + '–' + tolls[tolls.length - 1] + ' killed (sources disagree)';
    return e.fatalities !== null && e.fatalities !== undefined ? ', ' + e.fatalities + ' killed' : '';
  }

  function eventLine(e) {
    const where = e.places.map((p) => p.name).join(', ');
    const who = e.actors.map((a) => a.name).join(', ');
    const reports = e.reports || [];
    const dates = new Set(reports.map((r) => r.date || 'undated'));
    const sources = reports.length > 1 ? ' (' + reports.length + ' reports' +
      (dates.size > 1 ? ': ' + reports.map((r) => r.date || 'undated').join(', ') : '') + ')' : '';
    return [el('span', { class: 'date' }, e.date || 'undated'), el('span', { class: 'etype' }, e.type),
      who, where ? ' at ' + where : '', tollText(e), sources];
  }

  function eventItem(e) {
    const item = el('li', { class: 'event', 'data-fact': e.id, 'data-date': e.date || 'undated', 'data-type': e.type },
      ...eventLine(e));
    item.addEventListener('click', () => openEvent(e.id));
    return item;
  }

  function drawTimeline(events, undated) {
    const list = $('timeline');
    clear(list);
    if (events.length === 0) list.appendChild(el('li', { class: 'hint' }, 'No dated event up to ' + state.month + '.'));
    events.forEach((e) => list.appendChild(eventItem(e)));
    if (undated.length > 0) {
      list.appendChild(el('li', { class: 'undated-heading', id: 'undated-heading' }, 'Undated (no report gives a date)'));
      undated.forEach((e) => {
        const item = eventItem(e);
        item.classList.add('undated');
        list.appendChild(item);
      });
    }
    drawStrip(events, undated);
  }

  // The years along the strip, and at its right end a bucket for the undated events.
  function drawStrip(events, undated) {
    const svg = $('strip');
    const ns = 'http://www.w3.org/2000/svg';
    clear(svg);
    const width = svg.clientWidth || 800;
    const bucket = 70;
    svg.setAttribute('viewBox', '0 0 ' + width + ' 36');
    const start = Date.UTC(FIRST_YEAR, 0, 1);
    const end = Date.UTC(LAST_YEAR + 1, 0, 1);
    const x = (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return ((Date.UTC(y, (m || 1) - 1, d || 1) - start) / (end - start)) * (width - bucket - 10) + 5;
    };
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const t = document.createElementNS(ns, 'text');
      t.setAttribute('x', x(year + '-01-01'));
      t.setAttribute('y', 34);
      t.textContent = String(year);
      svg.appendChild(t);
    }
    const dot = (e, cx, i) => {
      const c = document.createElementNS(ns, 'circle');
      c.setAttribute('cx', cx);
      c.setAttribute('cy', 8 + (i % 3) * 6);
      c.setAttribute('r', 4);
      c.setAttribute('data-fact', e.id);
      const title = document.createElementNS(ns, 'title');
      title.textContent = (e.date || 'undated') + ' ' + e.type;
      c.appendChild(title);
      c.addEventListener('click', () => openEvent(e.id));
      svg.appendChild(c);
      return c;
    };
    events.filter((e) => e.date).forEach((e, i) => dot(e, x(e.date), i));
    if (undated.length > 0) {
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', width - bucket + 4);
      label.setAttribute('y', 34);
      label.setAttribute('id', 'strip-undated');
      label.textContent = 'undated ' + undated.length;
      svg.appendChild(label);
      undated.forEach((e, i) => dot(e, width - bucket + 8 + (Math.floor(i / 3) % 10) * 6, i).classList.add('undated'));
    }
  }

  // Each place is labelled once, the places with most events first, so the map names where things
  // happened without burying itself in text.
  function drawEvents(events) {
    eventLayer.clearLayers();
    const counts = new Map();
    events.forEach((e) => e.places.forEach((p) => counts.set(p.name, (counts.get(p.name) || 0) + 1)));
    const labelled = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_PLACE_LABELS).map(([name]) => name));
    const bounds = [];
    events.forEach((e) => {
      e.places.forEach((p) => {
        bounds.push([p.lat, p.lon]);
        if (labelled.delete(p.name)) {
          eventLayer.addLayer(L.circleMarker([p.lat, p.lon], { radius: 0, stroke: false, fill: false, interactive: false })
            .bindTooltip(el('span', { class: 'place-name' }, p.name), {
              permanent: true, direction: 'right', className: 'place-label', offset: [6, 0]
            }));
        }
        const radius = 4 + Math.min(10, Math.sqrt(e.fatalities || 0));
        const marker = L.circleMarker([p.lat, p.lon], {
          radius, color: '#8e1b1b', weight: 1, fillColor: '#d9534f', fillOpacity: 0.7
        });
        marker.bindTooltip(el('span', {}, ...eventLine(e)));
        marker.on('click', () => openEvent(e.id));
        eventLayer.addLayer(marker);
      });
    });
    if (state.place && bounds.length > 0) map.fitBounds(bounds, { maxZoom: 10, padding: [30, 30] });
  }

  function openEvent(id) {
    document.querySelectorAll('#timeline li.selected').forEach((n) => n.classList.remove('selected'));
    const item = document.querySelector('#timeline li[data-fact="' + CSS.escape(id) + '"]');
    if (item) item.classList.add('selected');
    showEvidence([id]);
  }

  // ---- evidence ----

  async function showEvidence(factIds) {
    const box = $('evidence');
    clear(box);
    box.appendChild(el('p', { class: 'hint' }, 'Loading…'));
    const facts = await Promise.all(factIds.slice(0, 10).map((id) => api('/api/evidence/' + encodeURIComponent(id))));
    clear(box);
    facts.forEach((f) => box.appendChild(factView(f)));
    box.dataset.facts = factIds.join(' ');
  }

  function factView(f) {
    const parties = f.actors.map((a) => a.name).join(f.kind === 'relation' ? ' → ' : ', ');
    const when = f.date ? ' ' + f.date + (f.date_end ? ' to ' + f.date_end : '') : f.kind === 'event' ? ' undated' : '';
    const view = el('div', { class: 'fact-view', 'data-fact': f.fact_id, 'data-kind': f.kind, 'data-type': f.type },
      el('p', { class: 'fact' }, f.type + ': ' + parties + when));
    if (f.fatalities !== null && f.fatalities !== undefined) view.appendChild(el('p', {}, 'Fatalities: ' + f.fatalities));
    if (f.tolls_disagree) view.appendChild(el('p', { class: 'warn' }, 'Reports disagree on the toll: ' + f.tolls.join(', ')));
    if ((f.reports || []).length > 1) {
      // One event merged from several documents' reports: each keeps the date and toll it gives.
      view.appendChild(el('p', { class: 'reports' }, 'Reports: ' + f.reports.map((r) => (r.date || 'undated') +
        (r.fatalities !== null && r.fatalities !== undefined ? ', ' + r.fatalities + ' killed' : '')).join('; ')));
    }
    f.evidence.forEach((item) => {
      view.appendChild(el('blockquote', { class: 'sentence' }, item.text));
      const doc = item.document || {};
      const bits = [doc.title || doc.id, doc.outlet, doc.published].filter(Boolean).join(' · ');
      const said = [item.reported_by ? 'reported by ' + item.reported_by : null, item.stance,
        item.fatalities !== null && item.fatalities !== undefined ? item.fatalities + ' killed' : null,
        item.report_id ? (item.report_date ? 'report dated ' + item.report_date : 'report undated') : null].filter(Boolean).join(', ');
      view.appendChild(el('p', { class: 'source' }, bits, said ? ' — ' + said : ''));
    });
    return view;
  }

  // ---- filters, from the server's vocabulary ----

  async function loadVocabulary() {
    const vocabulary = await api('/api/vocabulary');
    state.relationTypes = vocabulary.relation_types.map((t) => t.code);
    state.symmetric = new Set(vocabulary.relation_types.filter((t) => t.symmetric).map((t) => t.code));
    const legend = $('legend');
    clear(legend);
    vocabulary.relation_types.forEach((t) => {
      const box = el('input', { type: 'checkbox', 'data-type': t.code });
      box.checked = !state.hidden.has(t.code);
      box.addEventListener('change', () => {
        if (box.checked) state.hidden.delete(t.code); else state.hidden.add(t.code);
        redraw();
      });
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = COLOURS[t.code] || COLOURS.other;
      legend.appendChild(el('li', { 'data-type': t.code }, el('label', {}, box, swatch, t.code)));
    });
    const select = $('event-type');
    vocabulary.event_types.forEach((t) => select.appendChild(el('option', { value: t.code }, t.code)));
  }

  // A filter of relations needs no new request: the network in hand is drawn again.
  function redraw() {
    if (!state.network) return;
    const shown = state.shown = shownTies(state.network);
    drawNetwork(state.network, shown);
    listTies(shown);
    writeUrl();
  }

  // ---- the view in the URL, so a link reopens it ----

  function viewParams() {
    const p = new URLSearchParams();
    if (state.focus) p.set('actor', state.focus.id);
    if (state.month) p.set('month', state.month);
    if (state.focus) p.set('depth', $('depth').value);
    if (state.hidden.size > 0) p.set('types', (state.relationTypes || []).filter((t) => !state.hidden.has(t)).join(','));
    if (state.minEvidence > 1) p.set('reports', String(state.minEvidence));
    if (state.place) p.set('place', state.place);
    if (state.eventType) p.set('type', state.eventType);
    return p;
  }

  function writeUrl() {
    const url = location.pathname + '?' + viewParams();
    history.replaceState(null, '', url);
    $('share').href = url;
  }

  async function readUrl() {
    const p = new URLSearchParams(location.search);
    const month = /^(\d{4})-(\d{2})$/.exec(p.get('month') || '');
    if (month) {
      const index = (Number(month[1]) - FIRST_YEAR) * 12 + Number(month[2]) - 1;
      $('slider').value = String(Math.max(0, Math.min(Number($('slider').max), index)));
      $('slider-label').textContent = monthOf(Number($('slider').value));
    }
    if (['1', '2', '3'].includes(p.get('depth'))) $('depth').value = p.get('depth');
    if (p.has('types')) {
      const shown = new Set(p.get('types').split(',').filter(Boolean));
      state.hidden = new Set((state.relationTypes || []).filter((t) => !shown.has(t)));
      document.querySelectorAll('#legend input[data-type]').forEach((box) => { box.checked = shown.has(box.dataset.type); });
    }
    const reports = Number(p.get('reports'));
    if ([2, 3, 5].includes(reports)) {
      state.minEvidence = reports;
      $('min-evidence').value = String(reports);
    }
    if (p.get('place')) {
      state.place = p.get('place');
      $('place').value = state.place;
    }
    if (p.get('type') && [...$('event-type').options].some((o) => o.value === p.get('type'))) {
      state.eventType = p.get('type');
      $('event-type').value = state.eventType;
    }
    if (p.get('actor')) {
      try {
        const profile = await api('/api/actors/' + encodeURIComponent(p.get('actor')));
        setFocus({ id: profile.id, name: profile.name });
      } catch (e) {
        status(e.message);
      }
    }
  }

  // ---- wiring ----

  async function refresh() {
    state.month = monthOf(Number($('slider').value));
    const generation = ++state.generation;
    try {
      await Promise.all([loadNetwork(generation), loadEvents(generation)]);
      if (!state.shown || state.shown.length <= MAX_TIES_DRAWN) status('');
    } catch (e) {
      status(e.message);
    }
    if (generation === state.generation) writeUrl();
  }

  function run(promise) {
    Promise.resolve(promise).catch((e) => status(e.message));
  }

  $('search-form').addEventListener('submit', (evt) => {
    evt.preventDefault();
    run(search($('search').value));
  });
  let suggestTimer = null;
  $('search').addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => run(suggest($('search').value)), 250);
  });
  $('search-clear').addEventListener('click', () => run(focusOn(null)));
  $('depth').addEventListener('change', () => run(refresh()));
  $('min-evidence').addEventListener('change', () => {
    state.minEvidence = Number($('min-evidence').value) || 1;
    redraw();
  });
  $('place-form').addEventListener('submit', (evt) => {
    evt.preventDefault();
    state.place = $('place').value.trim() || null;
    run(refresh());
  });
  $('place-clear').addEventListener('click', () => {
    state.place = null;
    $('place').value = '';
    run(refresh());
  });
  $('event-type').addEventListener('change', () => {
    state.eventType = $('event-type').value;
    run(refresh());
  });

  // The page counts as busy from the first request to the first drawing, so nothing reads it half-built.
  async function start() {
    state.requests++;
    document.body.dataset.busy = 'true';
    try {
      setupSlider();
      run(loadBaseMap());
      await loadVocabulary();
      await readUrl();
      await refresh();
    } finally {
      if (--state.requests === 0) document.body.dataset.busy = 'false';
    }
  }

  run(start());
  window.orbat = { cy, map, state, focusOn, showEvidence };
})();
