// The remote page: players pushed by server-sent events (no polling), commands posted as JSON with
// the session's CSRF token, each command's state (pending, done, failed, timed out) shown on its card.
'use strict';
(function () {
  const main = document.getElementById('players');
  const empty = document.getElementById('empty');
  const connection = document.getElementById('connection');
  const template = document.getElementById('player-template');
  const cards = new Map(); // player id -> { node, player, at }
  const commands = new Map(); // command id -> { li, player }
  let csrf = '';
  let cardList = null;
  let events = null;
  let retry = 1000;

  function say(text, state) {
    connection.textContent = text;
    connection.dataset.state = state;
  }

  async function session() {
    const response = await fetch('/remote/api/session', { credentials: 'same-origin' });
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      return false;
    }
    if (!response.ok) {
      throw new Error('session ' + response.status);
    }
    csrf = (await response.json()).csrf;
    return true;
  }

  function unpaired() {
    if (events) {
      events.close();
    }
    say('Not paired', 'unpaired');
    main.textContent = '';
    cards.clear();
    empty.hidden = false;
    empty.textContent = 'This phone is no longer paired. Pair it again in Yoto Smart Stream: Settings > Phones.';
  }

  function connect() {
    events = new EventSource('/remote/api/events');
    events.addEventListener('open', () => {
      retry = 1000;
      say('Live', 'live');
    });
    events.addEventListener('players', e => show(JSON.parse(e.data).players));
    events.addEventListener('command', e => commandChanged(JSON.parse(e.data)));
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED) {
        reconnectLater();
      } else {
        say('Connection lost: reconnecting…', 'lost');
      }
    });
  }

  function reconnectLater() {
    say('Connection lost: reconnecting…', 'lost');
    setTimeout(async () => {
      try {
        if (!(await session())) {
          unpaired();
          return;
        }
        connect();
      } catch (e) {
        retry = Math.min(retry * 2, 30000);
        reconnectLater();
      }
    }, retry);
  }

  function show(players) {
    empty.hidden = players.length > 0;
    const seen = new Set();
    players.forEach((player, index) => {
      seen.add(player.id);
      let entry = cards.get(player.id);
      if (!entry) {
        entry = { node: build(player.id), player: player, at: Date.now() };
        cards.set(player.id, entry);
      }
      if (main.children[index] !== entry.node) {
        main.insertBefore(entry.node, main.children[index] || null);
      }
      entry.player = player;
      entry.at = Date.now();
      render(entry);
    });
    for (const [id, entry] of cards) {
      if (!seen.has(id)) {
        entry.node.remove();
        cards.delete(id);
      }
    }
  }

  function build(id) {
    const node = template.content.firstElementChild.cloneNode(true);
    node.dataset.player = id;
    node.querySelectorAll('.transport button').forEach(button =>
      button.addEventListener('click', () => send(id, { action: button.dataset.action })));
    const slider = node.querySelector('.volume-slider');
    slider.addEventListener('input', () => { node.querySelector('.volume-value').textContent = slider.value + '/16'; });
    slider.addEventListener('change', () => send(id, { action: 'volume', value: Number(slider.value) }));
    node.querySelectorAll('.sleep button').forEach(button =>
      button.addEventListener('click', () => send(id, { action: 'sleep', value: Number(button.dataset.minutes) })));
    node.querySelectorAll('.swatch').forEach(button => {
      button.style.setProperty('--swatch', button.dataset.colour);
      button.addEventListener('click', () => send(id, { action: 'light', colour: button.dataset.colour }));
    });
    const cardChoice = node.querySelector('.card-choice');
    const chapterChoice = node.querySelector('.chapter-choice');
    const play = node.querySelector('.play-card');
    cardChoice.addEventListener('focus', () => fillCards(cardChoice), { once: true });
    cardChoice.addEventListener('change', () => {
      play.disabled = !cardChoice.value;
      fillChapters(cardChoice.value, chapterChoice);
    });
    play.addEventListener('click', () => {
      const command = { action: 'play', card: cardChoice.value };
      if (chapterChoice.value) {
        command.chapter = chapterChoice.value;
      }
      send(id, command);
    });
    fillCards(cardChoice);
    return node;
  }

  async function fillCards(select) {
    if (select.options.length > 1) {
      return;
    }
    if (!cardList) {
      const response = await fetch('/remote/api/cards', { credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      cardList = await response.json();
    }
    if (select.options.length > 1) {
      return;
    }
    cardList.forEach(card => select.add(new Option(card.title, card.id)));
  }

  async function fillChapters(cardId, select) {
    select.length = 1;
    select.hidden = true;
    if (!cardId) {
      return;
    }
    const response = await fetch('/remote/api/cards/' + encodeURIComponent(cardId) + '/chapters',
      { credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    const chapters = await response.json();
    chapters.forEach(chapter => select.add(new Option(chapter.title, chapter.id)));
    select.hidden = chapters.length < 2;
  }

  function render(entry) {
    const p = entry.player;
    const n = entry.node;
    n.classList.toggle('offline', !p.online);
    n.querySelector('.name').textContent = p.name;
    n.querySelector('.online').textContent = p.online ? 'online' : 'offline, ' + p.lastHeard;
    n.querySelector('.battery').textContent = p.battery < 0 ? 'battery ?'
      : 'battery ' + p.battery + ' %' + (p.charging ? ' ⚡' : '');
    const cover = n.querySelector('.cover');
    if (p.cover && cover.getAttribute('src') !== p.cover) {
      cover.src = p.cover;
      cover.onerror = () => { cover.hidden = true; };
    }
    cover.hidden = !p.cover;
    n.querySelector('.card-title').textContent = p.card;
    n.querySelector('.chapter').textContent = p.chapter;
    const problem = n.querySelector('.problem');
    problem.textContent = p.problem;
    problem.hidden = !p.problem;
    const playing = p.status === 'playing';
    const toggle = n.querySelector('[data-action="play-pause"]');
    toggle.classList.toggle('playing', playing);
    toggle.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    const slider = n.querySelector('.volume-slider');
    slider.max = 16;
    if (document.activeElement !== slider && p.volume >= 0) {
      slider.value = p.volume;
      n.querySelector('.volume-value').textContent = p.volume + '/16';
    }
    slider.disabled = p.volume < 0;
    n.querySelector('.sleep-text').textContent = p.sleep ? '· stops ' + p.sleep.replace(/^sleep /, '') : '';
    n.querySelector('.light').hidden = !p.hasLight;
    // the status's nightlightMode is a colour, 0xrrggbb, or "off" (docs/yoto-protocol.md, from yoto_api and
    // captures): a colour is shown as that colour, anything else in words
    const colour = /^0x([0-9a-fA-F]{6})$/.exec(p.nightlight || '');
    const now = n.querySelector('.light-now');
    now.hidden = !colour;
    if (colour) {
      now.style.setProperty('--swatch', '#' + colour[1]);
    }
    n.querySelector('.light-text').textContent = !colour && p.nightlight ? '· ' + p.nightlight : '';
    tick(entry);
  }

  function tick(entry) {
    const p = entry.player;
    let position = p.position;
    if (p.status === 'playing' && p.online) {
      position += (Date.now() - entry.at) / 1000;
    }
    if (p.length > 0) {
      position = Math.min(position, p.length);
    }
    const percent = p.length > 0 ? (100 * position / p.length) : 0;
    const bar = entry.node.querySelector('.progress');
    bar.setAttribute('aria-valuenow', Math.round(percent));
    bar.querySelector('.fill').style.width = percent + '%';
    entry.node.querySelector('.time').textContent = p.length > 0 ? clock(position) + ' / ' + clock(p.length) : '';
  }

  function clock(seconds) {
    const s = Math.floor(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const two = n => (n < 10 ? '0' : '') + n;
    return h > 0 ? h + ':' + two(m) + ':' + two(s % 60) : m + ':' + two(s % 60);
  }

  async function send(playerId, command) {
    try {
      const response = await fetch('/remote/api/players/' + encodeURIComponent(playerId) + '/commands', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        credentials: 'same-origin',
        body: JSON.stringify(command)
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 401) {
        unpaired();
      } else if (!response.ok) {
        local(playerId, body.error || 'The command was refused.');
      } else {
        commandChanged(body);
      }
    } catch (e) {
      local(playerId, 'Yoto Smart Stream could not be reached.');
    }
  }

  function local(playerId, text) {
    commandChanged({ id: 'local-' + Date.now(), player: playerId, state: 'failed', text: text });
  }

  function commandChanged(command) {
    const entry = cards.get(command.player);
    if (!entry) {
      return;
    }
    let known = commands.get(command.id);
    if (known && command.state === 'pending' && known.li.dataset.state !== 'pending') {
      return; // the outcome came by the live stream before the answer to the request: keep it
    }
    const list = entry.node.querySelector('.commands');
    if (!known) {
      const li = document.createElement('li');
      list.prepend(li);
      known = { li: li };
      commands.set(command.id, known);
      while (list.children.length > 3) {
        list.lastElementChild.remove();
      }
    }
    known.li.className = 'command ' + command.state;
    known.li.dataset.state = command.state;
    const words = { pending: 'sending', done: 'done', failed: 'failed', 'timed-out': 'timed out' };
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = words[command.state] || command.state;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = command.text;
    known.li.replaceChildren(badge, text);
  }

  setInterval(() => cards.forEach(tick), 1000);

  /** The household's routines as buttons; a run says how each ended (issue 21, "run a routine"). */
  async function fillRoutines() {
    const section = document.getElementById('routines');
    const response = await fetch('/remote/api/routines', { credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    const routines = await response.json();
    const buttons = section.querySelector('.routine-buttons');
    buttons.replaceChildren();
    routines.forEach((routine) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = routine.title;
      button.dataset.routine = routine.id;
      button.addEventListener('click', () => runRoutine(routine, buttons));
      buttons.appendChild(button);
    });
    section.hidden = routines.length === 0;
  }

  async function runRoutine(routine, buttons) {
    const result = document.getElementById('routine-result');
    buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    result.dataset.state = 'pending';
    result.textContent = 'Running ' + routine.title + '…';
    try {
      const response = await fetch('/remote/api/routines/' + encodeURIComponent(routine.id) + '/run', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        credentials: 'same-origin',
        body: '{}'
      });
      if (response.status === 401) {
        unpaired();
        return;
      }
      const body = await response.json().catch(() => ({}));
      result.dataset.state = body.state || 'failed';
      result.textContent = body.text || body.error || 'The routine could not run.';
    } catch (e) {
      result.dataset.state = 'failed';
      result.textContent = 'Yoto Smart Stream could not be reached.';
    } finally {
      buttons.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  }

  (async function start() {
    try {
      if (!(await session())) {
        unpaired();
        return;
      }
      connect();
      fillRoutines().catch(() => {});
    } catch (e) {
      reconnectLater();
    }
  })();
})();
