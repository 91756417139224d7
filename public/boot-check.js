/* Blue Helmets start-up check: says why the page stayed empty when the app's code could not start
   (stale cached index.html, sandboxed iframe, file://). See docs/SECURITY.md, "Broken data". */
(function () {
  'use strict';
  var shown = false;

  function hasStarted() {
    return document.documentElement.hasAttribute('data-bh-started');
  }

  function element(tag, style, text) {
    var node = document.createElement(tag);
    if (style) node.setAttribute('style', style);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function show() {
    if (shown || hasStarted()) return;
    shown = true;
    var isFile = location.protocol === 'file:';
    var isOpaque = !isFile && String(self.origin) === 'null';
    var box = element(
      'div',
      'max-width:40rem;margin:2rem auto;padding:1rem 1.25rem;border:2px solid #b3261e;border-radius:8px;' +
        'font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff',
    );
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'boot-problem');
    var title;
    var text;
    if (isOpaque) {
      title = 'This chart cannot be shown in this frame';
      text =
        'The page around it puts Blue Helmets in a sandbox without “allow-same-origin”, and the browser ' +
        'then refuses to load its code and styles. The site that embeds it can add allow-same-origin to ' +
        'the sandbox attribute of the <iframe> (or use the embed code Blue Helmets gives). The chart on its own:';
    } else if (isFile) {
      title = 'Blue Helmets must be opened through a web server';
      text =
        'This page was opened as a file, and browsers do not run the app’s code from files. Serve the ' +
        'folder with any static web server (npm start does it) and open its address instead.';
    } else {
      title = 'Blue Helmets could not start';
      text =
        'Part of the site could not be downloaded: the connection dropped, or the site was updated since ' +
        'this copy of the page was saved by the browser. Reloading the page fetches the current version.';
    }
    box.appendChild(element('h1', 'font-size:1.25rem;margin:0 0 0.5rem', title));
    box.appendChild(element('p', 'margin:0 0 0.75rem', text));
    if (isOpaque) {
      var link = element('a', 'overflow-wrap:anywhere', location.href);
      link.setAttribute('href', location.href);
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener');
      box.appendChild(element('p', 'margin:0')).appendChild(link);
    } else if (!isFile) {
      var button = element('button', 'font:inherit;padding:0.3rem 0.9rem;min-height:40px', 'Reload the page');
      button.setAttribute('type', 'button');
      button.addEventListener('click', function () {
        location.reload();
      });
      box.appendChild(element('p', 'margin:0')).appendChild(button);
    }
    document.body.appendChild(box);
  }

  // Load errors of <script> elements do not bubble; a listener on window in the capture phase sees them.
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'SCRIPT' && !hasStarted()) show();
    },
    true,
  );
})();
