// The html report's style sheet, inline in the page (no network): system fonts, sober colours, printable.
export const HTML_STYLE = `
:root {
  --ink: #1b2430; --muted: #5b6675; --line: #dde3ea; --paper: #ffffff; --page: #f3f5f8; --brand: #1f4e79;
  --error: #b42318; --error-bg: #fde4e1; --error-line: #f4a7a0;
  --warning: #9a5b00; --warning-bg: #fff1c9; --warning-line: #f2c95c;
  --ok: #1c7c4a; --ok-bg: #dcf3e6;
}
* { box-sizing: border-box; }
html { background: var(--page); }
body { margin: 0; color: var(--ink); font: 15px/1.55 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 40px; }
h1, h2 { line-height: 1.25; margin: 0; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.86em; }
a { color: var(--brand); }

.page-head { border-bottom: 3px solid var(--brand); padding-bottom: 14px; margin-bottom: 20px; }
.kicker { margin: 0 0 4px; color: var(--brand); font-weight: 700; font-size: 12px; letter-spacing: .12em; text-transform: uppercase; }
.page-head h1 { font-size: 28px; }
.subtitle { margin: 6px 0 0; font-size: 17px; color: var(--ink); }
.dated { margin: 2px 0 0; color: var(--muted); font-size: 13px; }

.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; margin-bottom: 16px; }
.stat { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid; border-radius: 8px; padding: 12px 16px; display: grid; grid-template-columns: auto 1fr; column-gap: 12px; align-items: baseline; }
.stat-n { font-size: 32px; font-weight: 700; line-height: 1; grid-row: span 2; }
.stat-label { font-weight: 600; }
.stat-hint { color: var(--muted); font-size: 13px; }
.stat-error { border-left-color: var(--error); } .stat-error .stat-n { color: var(--error); }
.stat-warning { border-left-color: var(--warning); } .stat-warning .stat-n { color: var(--warning); }
.stat-ok { border-left-color: var(--ok); } .stat-ok .stat-n { color: var(--ok); }

.tables { display: grid; grid-template-columns: 3fr 2fr; gap: 14px; align-items: start; }
.table-card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px 6px; }
.table-card h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin-bottom: 6px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; border-bottom: 1px solid var(--line); padding: 4px 6px; }
td { border-bottom: 1px solid var(--line); padding: 6px; vertical-align: top; }
tr:last-child td { border-bottom: 0; }
.num { text-align: right; white-space: nowrap; }
td.file { overflow-wrap: anywhere; }
.dir { color: var(--muted); font-weight: 400; }
.rule-id { white-space: nowrap; }
.zero { color: #b3bcc6; }
.count { font-weight: 700; } .count-error { color: var(--error); } .count-warning { color: var(--warning); }
.pill { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12px; font-weight: 600; white-space: nowrap; margin-left: 4px; }
.pill-error { background: var(--error-bg); color: var(--error); }
.pill-warning { background: var(--warning-bg); color: var(--warning); }
.pill-ok { background: var(--ok-bg); color: var(--ok); }
.legend { color: var(--muted); font-size: 13px; margin: 12px 0 0; }

mark { color: inherit; padding: 0; }
mark.error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
.ref { display: inline-block; min-width: 1.45em; margin: 0 2px; padding: 0 4px; border-radius: 999px; font-size: 11px; font-weight: 700; line-height: 1.45em; text-align: center; vertical-align: super; color: #fff; text-decoration: none; }
.ref-error { background: var(--error); } .ref-warning { background: var(--warning); }

.post { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; margin-top: 22px; }
.post-head { border-radius: 10px 10px 0 0; display: flex; justify-content: space-between; align-items: center; gap: 12px; padding: 12px 18px; background: #f8fafc; border-bottom: 1px solid var(--line); }
.post-head h2 { font-size: 17px; overflow-wrap: anywhere; }
.post-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); }
.post-text { padding: 14px 18px 18px; border-right: 1px solid var(--line); }
.post-notes { padding: 14px 18px 10px; }
.col-title { margin: 0 0 8px; color: var(--muted); font-size: 12px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; }
.text { position: sticky; top: 16px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15px; line-height: 1.7; }
.no-text { color: var(--muted); font-style: italic; }

.problems { list-style: none; margin: 0; padding: 0; }
.problem { border-left: 4px solid; padding: 2px 0 2px 12px; margin-bottom: 14px; }
.problem-error { border-left-color: var(--error); } .problem-warning { border-left-color: var(--warning); }
.problem-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; font-size: 13px; }
.badge { display: inline-block; min-width: 22px; height: 22px; border-radius: 999px; color: #fff; font-weight: 700; text-align: center; line-height: 22px; font-size: 12px; }
.badge-error { background: var(--error); } .badge-warning { background: var(--warning); }
.sev { font-weight: 700; } .sev-error { color: var(--error); } .sev-warning { color: var(--warning); }
.rule { background: #eef2f6; border-radius: 4px; padding: 1px 6px; }
.where { color: var(--muted); }
.message { margin: 4px 0 6px; }
.suggestions { background: #eef6ff; border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
.suggestions ul { margin: 2px 0 0; padding-left: 18px; }
.label { font-size: 12px; font-weight: 700; color: var(--brand); margin: 0; text-transform: uppercase; letter-spacing: .05em; }
.refs { font-size: 13px; margin: 6px 0 0; color: var(--muted); }
.refs .label { margin-right: 6px; }

.all-clear { background: var(--ok-bg); color: var(--ok); border-radius: 8px; padding: 16px 18px; font-weight: 600; margin-top: 22px; }
.page-foot { margin-top: 28px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
.page-foot p { margin: 4px 0; }

@media (max-width: 860px) {
  main { padding: 18px; }
  .stats, .tables, .post-body { grid-template-columns: 1fr; }
  .post-text { border-right: 0; border-bottom: 1px solid var(--line); }
}
@media print {
  html { background: #fff; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .post, .table-card, .stat { border-color: #bbb; }
  mark, .ref, .badge, .pill { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
