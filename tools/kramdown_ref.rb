# Reference renderer: reads a JSON list of Markdown texts on stdin and prints a JSON list of
# the HTML kramdown makes of each, with the options Jekyll passes to kramdown.
require "json"
require "kramdown"
require "kramdown-parser-gfm"

OPTIONS = {
  input: "GFM",
  hard_wrap: false,
  auto_ids: true,
  footnote_nr: 1,
  entity_output: :as_char,
  toc_levels: (1..6).to_a,
  smart_quotes: %w[lsquo rsquo ldquo rdquo],
  gfm_quirks: [:paragraph_end],
}.freeze

texts = JSON.parse($stdin.read)
out = texts.map do |text|
  begin
    Kramdown::Document.new(text, OPTIONS).to_html
  rescue StandardError => e
    "<!-- kramdown failed: #{e.class} -->"
  end
end
$stdout.write(JSON.generate(out))
