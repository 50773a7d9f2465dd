// The demo's support widget: a message log, a composer, and an agent ("Mia") who replies after
// a short pause. All in this frame: no network, no server logic.
const log = document.querySelector('.chat-log');
const form = document.querySelector('.composer');
const input = form.querySelector('textarea');
const typing = document.querySelector('.typing');
let nextId = 2;

const REPLIES = [
  // For tests: an agent message full of markup, shown as text here (textContent); Parley must
  // keep it text in the sidebar, the popup and every export, and nothing in it may run.
  [/markup check/i, '<img src=x onerror="document.title=\'pwned\'"> </script><script>document.title=\'pwned\'</script> & <b>bold?</b>'],
  [/supervisor|manager|escalat/i, "I understand. I've asked my team lead, Jonas, to join this chat. Your case number is CASE-20931."],
  [/warranty|guarantee|defect|broken|strap|loose/i, "I'm sorry about the strap. Unfortunately our policy is to inspect items before we replace them. Could you send a photo of the damage?"],
  [/refund|money back|chargeback|dispute/i, 'Refunds usually take 5 to 7 business days after we receive the item. Would you like a prepaid return label?'],
  [/thank/i, "You're welcome! Is there anything else I can help with?"],
  [/order|NW-\d+/i, "Thanks, I've found order NW-48213: the Trailhead 45 L backpack, delivered on 3 November. What happened?"],
];
const FALLBACK = 'Thanks for the details. Let me check that for you.';

function now() {
  return new Date().toTimeString().slice(0, 5);
}

function addMessage(author, text) {
  const li = document.createElement('li');
  li.className = `chat-msg chat-msg--${author}`;
  li.dataset.msgId = `m-${nextId++}`;
  const who = document.createElement('span');
  who.className = 'chat-msg__author';
  who.textContent = author === 'agent' ? 'Mia' : 'You';
  const p = document.createElement('p');
  p.className = 'chat-msg__text';
  p.textContent = text;
  const time = document.createElement('time');
  time.className = 'chat-msg__time';
  time.textContent = now();
  li.append(who, p, time);
  log.append(li);
  log.scrollTop = log.scrollHeight;
}

function reply(text) {
  const match = REPLIES.find(([re]) => re.test(text));
  typing.hidden = false;
  setTimeout(() => {
    typing.hidden = true;
    addMessage('agent', match ? match[1] : FALLBACK);
  }, 900);
}

function send() {
  const text = input.value.trim();
  if (!text) return;
  addMessage('visitor', text);
  input.value = '';
  reply(text);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  send();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    send();
  }
});
