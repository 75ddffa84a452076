// The page's own script: fills the two editors and logs their events. Plain JavaScript, no
// framework, loaded from a file (the Content-Security-Policy forbids inline scripts).

const log = document.getElementById("log");

function write(line) {
  const item = document.createElement("li");
  item.textContent = `${new Date().toLocaleTimeString()}  ${line}`;
  log.prepend(item);
  while (log.childElementCount > 200) log.lastElementChild.remove();
}

const hrcPaper = `The Human Rights Council,

Recalling its resolution 5/1 of 18 June 2007,

Deeply concerned by the situation of migrant workers in transit,

1. Calls upon States to protect the rights of migrant workers;
2. Demands that all States immediately end detention of migrants;
3. Requests the Office of the High Commissioner:
(a) to prepare a report;
(b) to hold consultations with States and civil society;
4. Decides to remain seized of the matter.`;

const scPaper = `The Security Council,

Reaffirming its commitment to the sovereignty and territorial integrity of the Democratic Republic of the Congo,

1. Demands that all armed groups cease violence immediately;
2. Decides to establish a panel of experts;
3. Decides to remain actively seized of the matter.`;

await customElements.whenDefined("resolution-editor");

for (const [id, text] of [["hrc", hrcPaper], ["sc", scPaper]]) {
  const editor = document.getElementById(id);
  editor.text = text;
  editor.addEventListener("resolution-change", (e) => write(`${id}: resolution-change (version ${e.detail.version})`));
  editor.addEventListener("diagnostics-change", (e) => {
    const { counts } = e.detail;
    write(`${id}: diagnostics-change: ${counts.total} findings (${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings)`);
  });
  write(`${id}: ${editor.lintNow().length} findings after loading`);
}

document.getElementById("drafts").addEventListener("submit", (e) => {
  e.preventDefault();
  const data = new FormData(e.target);
  for (const [name, value] of data) write(`form ${name}: ${String(value).length} characters of canonical text`);
});
