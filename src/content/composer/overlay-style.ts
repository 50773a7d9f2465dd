/** Styles of the composer panels (warning and note). Motion only for users who have not asked to reduce it. */
export const OVERLAY_CSS = `
:host { all: initial; }
.panel {
  box-sizing: border-box; max-height: inherit; overflow: auto; padding: 12px 14px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2430;
  background: #fff; border: 1px solid #c9ced6; border-left: 4px solid #c2410c; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, .18);
}
.panel[data-parley="tone-note"] { border-left-color: #2563eb; padding: 8px 12px; }
.panel[data-parley="tone-warning"] { display: flex; flex-direction: column; overflow: hidden; }
.body { overflow: auto; min-height: 0; flex: 0 1 auto; margin: 0 -4px; padding: 0 4px; }
.draft {
  white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 8px; padding: 6px 8px;
  border-left: 3px solid #c9ced6; color: #374151; max-height: 7.5em; overflow: auto;
}
.head { margin: 0; }
.phrase { font-style: italic; overflow-wrap: anywhere; }
.actions { flex-shrink: 0; padding-top: 8px; border-top: 1px solid #e5e7eb; }
h2 { font-size: 15px; margin: 0 0 4px; }
p { margin: 0 0 8px; }
ul { list-style: none; margin: 0 0 8px; padding: 0; }
li { margin: 0 0 8px; padding: 6px 8px; background: #f6f7f9; border-radius: 6px; }
.cat { font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: #9a3412; }
mark { background: #fde68a; color: inherit; border-radius: 2px; padding: 0 1px; }
.why { font-size: 13px; margin: 2px 0 0; }
.calmer { margin: 0 0 8px; }
.calmer .head { font-size: 13px; font-weight: 600; margin: 0 0 2px; }
.calmer .draft { border-left-color: #16a34a; color: #1d2430; margin: 0; }
ins { text-decoration: underline 1px #16a34a; text-underline-offset: 2px; background: #dcfce7; color: #14532d; border-radius: 2px; padding: 0 1px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: inherit; font-size: 13px; padding: 5px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #9aa3ae; background: #fff; color: #1d2430;
}
button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2430; color: #e8ebf0; border-color: #4b5563; }
  li { background: #2a303c; }
  .draft { color: #d1d5db; border-left-color: #4b5563; } .actions { border-top-color: #374151; }
  button { background: #2a303c; color: #e8ebf0; border-color: #6b7280; }
  .cat { color: #fdba74; } mark { background: #92400e; }
  .calmer .draft { color: #e8ebf0; border-left-color: #22c55e; } ins { background: #14532d; color: #dcfce7; }
}
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: parley-in .14s ease-out; }
  @keyframes parley-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
`;
