/*
 * Blue Helmets embed resizer (optional). Put it once on a page that embeds Blue Helmets charts in
 * <iframe>s: each embed posts {type: 'blue-helmets:height', height} when its content changes height,
 * and this script sets the height of the iframe that sent it. It trusts a message only from the
 * iframe's own window and origin, and keeps heights within 50–20000 px.
 */
(function () {
  'use strict';
  if (window.blueHelmetsEmbedResize) return;
  window.blueHelmetsEmbedResize = true;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'blue-helmets:height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (originOf(frame) !== event.origin) return;
      var px = Math.max(50, Math.min(20000, Math.ceil(height)));
      frame.style.height = px + 'px';
      frame.setAttribute('height', String(px));
      return;
    }
  });
})();
