// Opens the support widget, a cross-origin iframe, the way vendors' launchers do.
const shell = document.getElementById('chat-shell');
const frame = document.getElementById('chat-frame');
function openChat() {
  if (!frame.src) frame.src = frame.dataset.src;
  shell.hidden = false;
}
document.getElementById('launcher').addEventListener('click', () => (shell.hidden ? openChat() : (shell.hidden = true)));
document.getElementById('open-chat').addEventListener('click', openChat);
if (new URLSearchParams(location.search).has('chat')) openChat();
