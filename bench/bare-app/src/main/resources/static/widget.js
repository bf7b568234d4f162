/*
 * Ambassade trust widget. Paste on a shop page:
 *   <script src="https://BRAND.example/widget.js" data-key="WIDGET-KEY" async></script>
 * Optional: data-lang="fr|en", data-target="id-of-an-element".
 * Builds its DOM with createElement/textContent only: the brand's and customers' text is never parsed as HTML.
 */
(function () {
    var script = document.currentScript;
    if (!script) {
        return;
    }
    var key = script.getAttribute('data-key');
    if (!key) {
        return;
    }
    var base = new URL(script.src, document.baseURI).origin;
    var lang = script.getAttribute('data-lang') || '';
    var targetId = script.getAttribute('data-target');
    var host = targetId ? document.getElementById(targetId) : null;
    if (!host) {
        host = document.createElement('div');
        script.parentNode.insertBefore(host, script.nextSibling);
    }

    function el(tag, text, style) {
        var node = document.createElement(tag);
        if (text) {
            node.textContent = text;
        }
        if (style) {
            node.setAttribute('style', style);
        }
        return node;
    }

    function safeHttp(url) {
        try {
            var parsed = new URL(url);
            return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
        } catch (e) {
            return null;
        }
    }

    function link(text, url) {
        var href = safeHttp(url);
        if (!href) {
            return el('span', text);
        }
        var a = el('a', text, 'color:inherit');
        a.href = href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        return a;
    }

    function stars(n) {
        var s = '';
        for (var i = 1; i <= 5; i++) {
            s += i <= Math.round(n) ? '\u2605' : '\u2606';
        }
        return s;
    }

    function render(data) {
        var box = el('section', null, 'font-family:system-ui,sans-serif;border:1px solid #d9d9de;border-radius:10px;'
            + 'padding:12px 14px;max-width:420px;color:#1b1b1f;background:#fff;line-height:1.4');
        box.setAttribute('lang', data.language);
        box.setAttribute('aria-label', data.heading);
        box.appendChild(el('strong', data.heading + ' \u00b7 ' + data.brand, 'display:block;margin-bottom:6px'));
        if (data.reviews) {
            var rating = el('p', null, 'margin:4px 0');
            rating.appendChild(el('span', stars(data.reviews.average), 'color:#8a5a00;letter-spacing:2px'));
            rating.appendChild(document.createTextNode(' ' + data.reviews.summary));
            box.appendChild(rating);
            if (data.reviews.latest.length) {
                var r = data.reviews.latest[0];
                var quote = el('p', '\u201c' + r.title + '\u201d \u2014 ' + r.experienceDate + ' \u00b7 ' + r.source,
                    'margin:4px 0;font-size:.9em;color:#4a4a55');
                box.appendChild(quote);
            }
        }
        if (data.labels.length) {
            var labels = el('ul', null, 'list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:8px');
            data.labels.forEach(function (label) {
                var item = el('li', null, 'display:flex;align-items:center;gap:4px;font-size:.9em');
                if (label.image && safeHttp(label.image)) {
                    var img = document.createElement('img');
                    img.src = safeHttp(label.image);
                    img.alt = label.name;
                    img.width = 24;
                    img.height = 24;
                    item.appendChild(img);
                }
                item.appendChild(label.link ? link(label.name, label.link) : el('span', label.name));
                labels.appendChild(item);
            });
            box.appendChild(labels);
        }
        if (data.facts.length) {
            var facts = el('ul', null, 'list-style:none;padding:0;margin:6px 0');
            data.facts.forEach(function (fact) {
                facts.appendChild(el('li', fact.icon + ' ' + fact.text, 'margin:2px 0;font-size:.9em'));
            });
            box.appendChild(facts);
        }
        var footer = el('p', null, 'margin:6px 0 0;font-size:.85em');
        data.policies.forEach(function (policy) {
            footer.appendChild(link(policy.title, policy.url));
            footer.appendChild(document.createTextNode(' \u00b7 '));
        });
        footer.appendChild(link('\u2192 ' + data.brand, data.trustPage));
        box.appendChild(footer);
        while (host.firstChild) {
            host.removeChild(host.firstChild);
        }
        host.appendChild(box);
    }

    fetch(base + '/widget/' + encodeURIComponent(key) + '.json' + (lang ? '?lang=' + encodeURIComponent(lang) : ''),
        {credentials: 'omit'})
        .then(function (response) {
            return response.ok ? response.json() : null;
        })
        .then(function (data) {
            if (data) {
                render(data);
            }
        })
        .catch(function () {
        });
})();
