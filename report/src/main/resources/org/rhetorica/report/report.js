(function () {
  'use strict';
  var text = document.getElementById('text');
  var tip = document.getElementById('tip');
  var spans = JSON.parse(document.getElementById('technique-data').textContent).spans;

  document.querySelectorAll('input[data-layer]').forEach(function (box) {
    box.addEventListener('change', function () {
      text.classList.toggle('hide-' + box.dataset.layer, !box.checked);
    });
  });

  // A mark's tooltip shows while its layer is shown and, for techniques, its score reaches the threshold.
  function isShown(mark) {
    for (var i = 0; i < text.classList.length; i++) {
      var name = text.classList[i];
      if (name.indexOf('hide-') === 0 && mark.classList.contains(name.slice(5))) return false;
    }
    return !mark.classList.contains('below');
  }

  text.addEventListener('mouseover', function (event) {
    var lines = [];
    for (var el = event.target; el && el !== text; el = el.parentElement) {
      if (el.dataset.tip && isShown(el)) lines.push(el.dataset.tip);
    }
    tip.textContent = lines.join('\n');
    tip.hidden = lines.length === 0;
  });
  text.addEventListener('mousemove', function (event) {
    var x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = event.clientY + 18 + tip.offsetHeight > window.innerHeight ? event.clientY - tip.offsetHeight - 10 : event.clientY + 18;
    tip.style.left = Math.max(8, x) + 'px';
    tip.style.top = y + 'px';
  });
  text.addEventListener('mouseleave', function () { tip.hidden = true; });

  function show(selector, attribute, counts) {
    document.querySelectorAll(selector).forEach(function (el) {
      var count = counts[el.getAttribute(attribute)] || 0;
      el.textContent = count;
      if (el.tagName === 'TD' && !el.classList.contains('total')) el.classList.toggle('zero', count === 0);
    });
  }

  var slider = document.getElementById('threshold');
  if (slider) slider.addEventListener('input', function () {
    var threshold = parseFloat(slider.value);
    document.getElementById('threshold-value').textContent = threshold.toFixed(2);
    text.querySelectorAll('.t').forEach(function (mark) {
      mark.classList.toggle('below', spans[mark.dataset.i][2] < threshold);
    });
    var byKind = {}, byCell = {}, byRow = {}, all = {'': 0};
    spans.forEach(function (span) {
      if (span[2] < threshold) return;
      byKind[span[0]] = (byKind[span[0]] || 0) + 1;
      byCell[span[1] + ':' + span[0]] = (byCell[span[1] + ':' + span[0]] || 0) + 1;
      byRow[span[1]] = (byRow[span[1]] || 0) + 1;
      all['']++;
    });
    show('[data-technique-count]', 'data-technique-count', byKind);
    show('[data-cell]', 'data-cell', byCell);
    show('[data-row-total]', 'data-row-total', byRow);
    show('[data-total]', 'data-total', all);
  });

  var buttons = document.querySelectorAll('button.speaker');
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      var focus = button.getAttribute('aria-pressed') !== 'true';
      buttons.forEach(function (other) { other.setAttribute('aria-pressed', 'false'); });
      text.querySelectorAll('.on').forEach(function (el) { el.classList.remove('on'); });
      text.classList.toggle('focus', focus);
      if (focus) {
        button.setAttribute('aria-pressed', 'true');
        text.querySelectorAll('.' + button.dataset.speaker).forEach(function (el) { el.classList.add('on'); });
      }
    });
  });
})();

// Citable spans: a quote or technique is linked as #span=START-END (code points, as in the JSON result).
(function () {
  'use strict';
  var text = document.getElementById('text');
  function cite() {
    var match = /^#span=(\d+)-(\d+)$/.exec(location.hash);
    text.querySelectorAll('.cited').forEach(function (el) { el.classList.remove('cited'); });
    if (!match) return;
    var mark = text.querySelector('[data-s="' + match[1] + '"][data-e="' + match[2] + '"]');
    if (mark) {
      mark.classList.add('cited');
      mark.scrollIntoView({block: 'center'});
    }
  }
  text.addEventListener('click', function (event) {
    for (var el = event.target; el && el !== text; el = el.parentElement) {
      if (el.dataset.s !== undefined) {
        history.replaceState(null, '', '#span=' + el.dataset.s + '-' + el.dataset.e);
        cite();
        return;
      }
    }
  });
  window.addEventListener('hashchange', cite);
  cite();
})();
