// Reference renderer: reads a JSON list of Markdown texts on stdin and prints a JSON list of
// the HTML markdown-it makes of each, set up as Eleventy sets it up: markdownIt({html: true})
// with indented code blocks disabled, then the options given as JSON in the first argument
// ({"options": {...}, "disabled": [...]}). Needs Debian's node-markdown-it (12.2), or the
// markdown-it package named by the MARKDOWN_IT environment variable (e.g. the 14.x that
// current Eleventy uses).
const markdownIt = require(process.env.MARKDOWN_IT || "/usr/share/nodejs/markdown-it");

const setup = JSON.parse(process.argv[2] || "{}");
const md = markdownIt(Object.assign({ html: true }, setup.options || {}));
const disabled = setup.disabled || ["code"];
if (disabled.length) md.disable(disabled, true);

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map((text) => {
    try {
      return md.render(text);
    } catch (e) {
      return `<!-- markdown-it failed: ${e.name} -->`;
    }
  });
  process.stdout.write(JSON.stringify(out));
});
