(function () {
  'use strict';
  var R = Rhetorica, el = R.el;
  var PAGE = 20;
  var OWN_VOICE = 'the documents\u2019 own voice';
  /** Rates of sources and speakers with fewer words than this are left out of the charts: too few to compare. */
  var MIN_WORDS = 50;
  var state = read(location.search);

  /** The search as the address says it: shareable, and restored by the back button. */
  function read(search) {
    var params = new URLSearchParams(search);
    return {
      q: params.get('q') || '', like: params.get('like') || '', sort: params.get('sort') || 'relevance',
      f: params.getAll('f'), offset: parseInt(params.get('offset') || '0', 10) || 0,
      interval: params.get('interval') || 'month'
    };
  }

  function params(s, extra) {
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    if (s.like) p.set('like', s.like);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    s.f.forEach(function (f) { p.append('f', f); });
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p;
  }

  function go(next) {
    state = next;
    var p = params(state, state.offset ? {offset: state.offset} : {});
    if (state.interval !== 'month') p.set('interval', state.interval);
    history.pushState(null, '', p.toString() ? '?' + p.toString() : '/');
    run();
  }

  window.addEventListener('popstate', function () { state = read(location.search); run(); });

  var form = document.getElementById('search');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = document.getElementById('q').value.trim();
    var meaning = document.getElementById('meaning').checked;
    go({q: meaning ? '' : text, like: meaning ? text : '', sort: document.getElementById('sort').value,
      f: state.f, offset: 0, interval: state.interval});
  });
  document.getElementById('interval').addEventListener('change', function (event) {
    state.interval = event.target.value;
    charts();
  });

  function run() {
    document.getElementById('q').value = state.like || state.q;
    document.getElementById('meaning').checked = !!state.like;
    document.getElementById('sort').value = state.sort;
    document.getElementById('interval').value = state.interval;
    var summary = document.getElementById('summary');
    summary.textContent = 'Searching…';
    R.api('/api/search?' + params(state, {offset: state.offset, limit: PAGE})).then(function (result) {
      summary.textContent = R.number(result.total) + (result.total === 1 ? ' document' : ' documents')
        + (state.like ? ' with passages like \u201c' + state.like + '\u201d' : state.q ? ' match \u201c' + state.q + '\u201d' : ' in the corpus');
      chips();
      facets(result.facets);
      results(result.hits);
      pager(result.total);
      entities(result.facets);
    }).catch(function (error) {
      summary.textContent = 'The search failed: ' + error.message;
    });
    charts();
  }

  function toggle(filter) {
    var f = state.f.slice();
    var at = f.indexOf(filter);
    if (at >= 0) f.splice(at, 1); else f.push(filter);
    go({q: state.q, like: state.like, sort: state.sort, f: f, offset: 0, interval: state.interval});
  }

  function chips() {
    var list = document.getElementById('chips');
    R.clear(list);
    state.f.forEach(function (filter) {
      var button = el('button', {type: 'button', class: 'chip', title: 'remove this filter'}, [filter.replace(':', ': '), ' \u00d7']);
      button.addEventListener('click', function () { toggle(filter); });
      list.appendChild(el('li', {}, [button]));
    });
  }

  function facets(all) {
    var aside = document.getElementById('facets');
    R.clear(aside);
    all.forEach(function (facet) {
      if (!facet.values.length) return;
      var list = el('ul', {});
      facet.values.forEach(function (value) {
        var filter = facet.name + ':' + value.value;
        var link = el('a', {href: '?' + params({q: state.q, like: state.like, sort: state.sort, f: state.f.concat([filter])}),
          'data-facet': facet.name, 'data-value': value.value, 'aria-pressed': value.selected ? 'true' : 'false',
          class: value.selected ? 'selected' : null}, [el('span', {class: 'label', text: value.label}), el('span', {class: 'count', text: R.number(value.count)})]);
        link.addEventListener('click', function (event) { event.preventDefault(); toggle(filter); });
        list.appendChild(el('li', {}, [link]));
      });
      var details = el('details', {class: 'facet', open: window.innerWidth > 700 || facet.values.some(function (v) { return v.selected; })},
        [el('summary', {text: facet.label}), list]);
      aside.appendChild(details);
    });
  }

  function results(hits) {
    var list = document.getElementById('results');
    R.clear(list);
    var shownGroups = {};
    hits.forEach(function (hit) {
      var doc = hit.document;
      if (hit.groupSize > 1 && shownGroups[doc.group]) {
        shownGroups[doc.group].appendChild(el('li', {}, [docLink(doc, doc.title || doc.id), ' ', meta(doc)]));
        return;
      }
      var snippet = el('p', {class: 'snippet'});
      hit.snippet.forEach(function (fragment) {
        snippet.appendChild(fragment.match ? el('mark', {text: fragment.text}) : document.createTextNode(fragment.text));
      });
      var href = '/document?key=' + encodeURIComponent(doc.key);
      var item = el('li', {class: 'hit'}, [
        el('h2', {}, [el('a', {class: 'title', href: href, text: doc.title || doc.id})]),
        el('p', {class: 'meta'}, [meta(doc), counts(doc)]),
        snippet
      ]);
      if (hit.groupSize > 1) {
        var members = el('ul', {class: 'group'});
        shownGroups[doc.group] = members;
        var more = el('button', {type: 'button', class: 'link'}, [(hit.groupSize - 1) + (hit.groupSize === 2 ? ' near-duplicate' : ' near-duplicates')]);
        more.addEventListener('click', function () {
          R.api('/api/group?group=' + encodeURIComponent(doc.group)).then(function (group) {
            R.clear(members);
            group.filter(function (m) { return m.key !== doc.key; }).forEach(function (m) {
              members.appendChild(el('li', {}, [docLink(m, m.title || m.id), ' ', meta(m)]));
            });
          });
        });
        item.appendChild(el('div', {class: 'dups'}, [more, members]));
      }
      list.appendChild(item);
    });
    if (!hits.length) list.appendChild(el('li', {class: 'none', text: 'No document matches.'}));
  }

  function docLink(doc, label) {
    return el('a', {href: '/document?key=' + encodeURIComponent(doc.key), text: label});
  }

  function meta(doc) {
    return el('span', {text: [doc.source, (doc.published || '').slice(0, 10), doc.author].filter(Boolean).join(' \u00b7 ')});
  }

  function counts(doc) {
    var parts = ['quotes', 'techniques', 'entities', 'claims'].filter(function (layer) { return doc.counts[layer]; })
      .map(function (layer) { return doc.counts[layer] + ' ' + layer; });
    return el('span', {class: 'counts', text: parts.length ? ' \u00b7 ' + parts.join(', ') : ''});
  }

  function pager(total) {
    var nav = document.getElementById('pager');
    R.clear(nav);
    if (total <= PAGE) return;
    [['\u2190 previous', state.offset - PAGE], ['next \u2192', state.offset + PAGE]].forEach(function (page) {
      if (page[1] < 0 || page[1] >= Math.min(total, 10000)) return;
      var button = el('button', {type: 'button', text: page[0]});
      button.addEventListener('click', function () {
        go({q: state.q, like: state.like, sort: state.sort, f: state.f, offset: page[1], interval: state.interval});
      });
      nav.appendChild(button);
    });
    nav.appendChild(el('span', {text: (state.offset + 1) + '\u2013' + Math.min(total, state.offset + PAGE) + ' of ' + R.number(total)}));
  }

  function aggregate(series, by, top) {
    return R.api('/api/aggregates?' + params(state, {series: series, by: by, top: top || 10}));
  }

  function charts() {
    aggregate('documents', state.interval).then(function (a) {
      columns('chart-time', a.buckets, function (b) { return b.count; }, function (b) { return b.count + ' documents'; });
      document.getElementById('chart-time-note').textContent = 'Bars: documents. Below: technique spans per 1,000 words.'
        + (a.undated ? ' ' + a.undated + ' documents without a date are left out.' : '');
    });
    aggregate('techniques', state.interval).then(function (a) {
      columns('chart-time-rate', a.buckets, function (b) { return b.perThousandWords; },
        function (b) { return R.number(b.perThousandWords, 1) + ' technique spans per 1,000 words'; });
    });
    aggregate('techniques', 'source', 30).then(function (a) {
      bars('chart-sources', byRate(a.buckets, MIN_WORDS), function (b) { return b.perThousandWords; },
        function (b) { return b.key || '(no source)'; }, 'source');
    });
    aggregate('techniques', 'speaker', 100).then(function (a) {
      bars('chart-speakers', byRate(a.buckets, MIN_WORDS), function (b) { return b.perThousandWords; },
        function (b) { return b.key || OWN_VOICE; }, 'speaker');
    });
    aggregate('quotes', 'speaker', 11).then(function (a) {
      bars('chart-quoted', a.buckets.filter(function (b) { return b.key; }).slice(0, 10), function (b) { return b.count; },
        function (b) { return b.key; }, 'speaker', true);
    });
  }

  /** The ten highest rates among buckets with words enough for a rate to mean something. */
  function byRate(buckets, minWords) {
    return buckets.filter(function (b) { return b.words >= minWords; })
      .sort(function (x, y) { return y.perThousandWords - x.perThousandWords; }).slice(0, 10);
  }

  function entities(all) {
    var facet = all.filter(function (f) { return f.name === 'entity'; })[0];
    var values = facet ? facet.values : [];
    bars('chart-entities', values.map(function (v) { return {key: v.value, count: v.count}; }), function (b) { return b.count; },
      function (b) { return b.key; }, 'entity', true);
  }

  /** Vertical bars in time order; the row scrolls sideways when there are many. */
  function columns(id, buckets, value, tip) {
    var box = document.getElementById(id);
    R.clear(box);
    if (!buckets.length) { box.appendChild(el('p', {class: 'none', text: 'No dated documents.'})); return; }
    var max = Math.max.apply(null, buckets.map(value).concat([1e-9]));
    // Labels under every few bars only, as many as fit.
    var every = Math.max(1, Math.ceil(buckets.length * 64 / Math.max(box.clientWidth, 64)));
    buckets.forEach(function (b, i) {
      var bar = el('span', {class: 'col-bar'});
      bar.style.height = Math.max(2, 100 * value(b) / max) + '%';
      box.appendChild(el('div', {class: 'col', title: b.key + ': ' + tip(b)}, [el('div', {class: 'col-track'}, [bar]),
        el('span', {class: 'col-key', text: i % every === 0 ? b.key : ''})]));
    });
  }

  /** Horizontal bars, most first, each a link that filters on its key. */
  function bars(id, buckets, value, label, facet, counts) {
    var list = document.getElementById(id);
    R.clear(list);
    if (!buckets.length) { list.appendChild(el('li', {class: 'none', text: 'Nothing to show.'})); return; }
    var max = Math.max.apply(null, buckets.map(value).concat([1e-9]));
    buckets.forEach(function (b) {
      var bar = el('span', {class: 'bar'});
      bar.style.width = Math.max(1, 100 * value(b) / max) + '%';
      var top = b.labels ? Object.keys(b.labels).sort(function (x, y) { return b.labels[y] - b.labels[x]; }).slice(0, 3)
        .map(function (k) { return k + ' ' + b.labels[k]; }).join(', ') : '';
      var name = el('span', {class: 'name', text: label(b)});
      var row = el('li', {title: label(b) + ': ' + (counts ? R.number(value(b)) : R.number(value(b), 2) + ' per 1,000 words, ' + b.count + ' spans')
          + (top ? ' (' + top + ')' : '')},
        [b.key ? linkTo(facet, b.key, name) : name, el('span', {class: 'track'}, [bar]), el('span', {class: 'value', text: counts ? R.number(value(b)) : R.number(value(b), 1)})]);
      list.appendChild(row);
    });
  }

  function linkTo(facet, value, child) {
    var link = el('a', {href: '#', class: 'name'}, [child]);
    link.addEventListener('click', function (event) { event.preventDefault(); toggle(facet + ':' + value); });
    return link;
  }

  run();
})();
