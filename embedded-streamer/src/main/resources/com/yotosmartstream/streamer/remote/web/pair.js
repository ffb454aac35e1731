// Pairing: the one-time code is in the link's fragment (never sent in a request line); it is posted
// once as JSON, the server answers with the phone's cookie, and the page goes to the players.
'use strict';
(function () {
  const code = location.hash.slice(1);
  const button = document.getElementById('pair');
  const message = document.getElementById('pair-message');
  history.replaceState(null, '', location.pathname); // the code does not stay in the address bar or history
  if (!code) {
    message.textContent = 'This link has no pairing code. Scan the code in Settings > Phones again.';
    button.disabled = true;
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    message.textContent = 'Pairing…';
    try {
      const response = await fetch('/remote/api/pair', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ code: code, name: document.getElementById('phone-name').value })
      });
      if (response.ok) {
        location.replace('/remote');
        return;
      }
      const body = await response.json().catch(() => ({}));
      message.textContent = body.error || 'Pairing failed.';
    } catch (e) {
      message.textContent = 'Yoto Smart Stream could not be reached. Is this phone on the home Wi-Fi?';
      button.disabled = false;
    }
  });
})();
