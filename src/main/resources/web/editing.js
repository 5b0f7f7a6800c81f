// Orbat page: editing for signed-in editors (served with `orbat serve --editors FILE`). Readers see none of it, and
// the server refuses their corrections (401) anyway. A session token lives in this tab's sessionStorage and goes in
// an Authorization header, never a cookie, so no other site can correct in an editor's name.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const KEY = 'orbat-editor-session';

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }

  function session() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  async function post(path, body, token) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(json.message || ('HTTP ' + res.status));
    return json;
  }

  async function correct(action, target, reason, values) {
    const s = session();
    const out = await post('/api/corrections', { action, target, reason: reason || 'on the page', values: values || {} }, s && s.token);
    return out.corrections;
  }

  function say(text) {
    $('edit-status').textContent = text;
  }

  // ---- sign in ----

  function drawAccount() {
    const box = $('account');
    box.replaceChildren();
    const s = session();
    if (!s) {
      const form = el('form', { id: 'signin-form', autocomplete: 'off' },
        el('label', { for: 'signin-name' }, 'Editor'), el('input', { id: 'signin-name', type: 'text' }),
        el('label', { for: 'signin-password' }, 'password'), el('input', { id: 'signin-password', type: 'password' }),
        el('button', { id: 'signin-go', type: 'submit' }, 'Sign in'));
      form.addEventListener('submit', async (evt) => {
        evt.preventDefault();
        try {
          const out = await post('/api/login', { name: $('signin-name').value, password: $('signin-password').value });
          sessionStorage.setItem(KEY, JSON.stringify(out));
          drawAccount();
          decorateFacts();
          say('Signed in as ' + out.editor);
        } catch (e) {
          say('Sign-in failed: ' + e.message);
        }
      });
      box.append(form);
      return;
    }
    const merge = el('form', { id: 'merge-form', autocomplete: 'off' },
      el('span', { id: 'signed-in' }, 'Signed in as ' + s.editor), ' ',
      el('label', { for: 'merge-from' }, 'Merge actor'), el('input', { id: 'merge-from', type: 'text' }),
      el('label', { for: 'merge-into' }, 'into'), el('input', { id: 'merge-into', type: 'text' }),
      el('button', { id: 'merge-go', type: 'submit' }, 'Merge'),
      el('button', { id: 'review-open', type: 'button' }, 'Review'),
      el('button', { id: 'signout', type: 'button' }, 'Sign out'));
    merge.addEventListener('submit', async (evt) => {
      evt.preventDefault();
      try {
        const done = await correct('merge-actors', $('merge-from').value, 'merged on the page', { into: $('merge-into').value });
        say('Merged: ' + done.map((c) => 'correction #' + c.id + ' ' + c.found).join('; '));
      } catch (e) {
        say('Not merged: ' + e.message);
      }
    });
    box.append(merge);
    $('review-open').addEventListener('click', drawReview);
    $('signout').addEventListener('click', () => {
      sessionStorage.removeItem(KEY);
      document.querySelectorAll('.edit-bar').forEach((n) => n.remove());
      const review = $('review-panel');
      if (review) review.remove();
      drawAccount();
    });
  }

  // ---- facts in the evidence panel ----

  function decorateFacts() {
    if (!session()) return;
    document.querySelectorAll('#evidence .fact-view').forEach((view) => {
      if (view.querySelector('.edit-bar')) return;
      const kind = view.dataset.kind;
      const id = view.dataset.fact;
      const reason = el('input', { class: 'edit-reason', type: 'text', placeholder: 'reason' });
      const reject = el('button', { class: 'reject-fact', type: 'button' }, 'Reject');
      const confirm = el('button', { class: 'confirm-fact', type: 'button' }, 'Confirm');
      const act = (verb) => async () => {
        try {
          const done = await correct(verb + '-' + kind, id, reason.value);
          view.classList.add(verb === 'reject' ? 'rejected' : 'confirmed');
          say((verb === 'reject' ? 'Rejected ' : 'Confirmed ') + kind + ' ' + id + ' (correction #'
            + done.map((c) => c.id).join(', #') + ')');
        } catch (e) {
          say('Not saved: ' + e.message);
        }
      };
      reject.addEventListener('click', act('reject'));
      confirm.addEventListener('click', act('confirm'));
      view.append(el('div', { class: 'edit-bar' }, reason, confirm, reject));
    });
  }

  // ---- review queue ----

  async function drawReview() {
    let panel = $('review-panel');
    if (!panel) {
      panel = el('section', { id: 'review-panel', 'aria-label': 'Review queue' });
      document.querySelector('main').prepend(panel);
    }
    panel.replaceChildren(el('h2', {}, 'Review: least confident, most consequential first'));
    const res = await fetch('/api/review?size=25');
    const queue = await res.json();
    const list = el('ol', { id: 'review-list' });
    queue.items.forEach((item) => {
      const li = el('li', { 'data-fact': item.fact_id, 'data-kind': item.kind },
        el('p', {}, item.kind + ' ' + item.type + ' ' + (item.date || 'undated') + ' · ' + item.actors.join(item.kind === 'relation' ? ' → ' : ', ') + ' · '
          + (item.places.join(', ') || 'no place') + ' · confidence ' + item.confidence),
        ...item.sentences.map((s) => el('blockquote', {}, s)));
      ['confirm', 'reject'].forEach((verb) => {
        const b = el('button', { class: verb + '-review', type: 'button' }, verb === 'confirm' ? 'Accept' : 'Reject');
        b.addEventListener('click', async () => {
          try {
            await correct(verb + '-' + item.kind, item.fact_id, 'review on the page');
            li.remove();
          } catch (e) {
            say('Not saved: ' + e.message);
          }
        });
        li.append(b);
      });
      list.append(li);
    });
    panel.append(el('p', { class: 'hint' }, queue.note), list);
  }

  async function start() {
    const res = await fetch('/api/review?size=1');
    if (!res.ok) return; // served read-only: no editing on this page
    document.querySelector('header').append(el('div', { id: 'account' }), el('p', { id: 'edit-status', role: 'status' }));
    drawAccount();
    new MutationObserver(decorateFacts).observe($('evidence'), { childList: true, subtree: true });
  }

  start();
})();
