# Reference renderer: reads a JSON list of Markdown texts on stdin and prints a JSON list of
# the HTML kramdown makes of each, with the options Jekyll passes to kramdown.
#
# Jekyll 4 (Configuration::DEFAULTS and Converters::Markdown::KramdownParser#setup) adds
# `syntax_highlighter: rouge` (from `highlighter: rouge`) and `syntax_highlighter_opts:
# {"default_lang" => "plaintext", "guess_lang" => true}` with string keys, as here. With
# those, every code block and code span goes through Rouge: a fence with no language, an
# indented block and plain `code` come out as language-plaintext. Needs Debian's ruby-rouge.
require "json"
require "kramdown"
require "kramdown-parser-gfm"
require "rouge" # fail loudly: without it kramdown silently prints code plain

OPTIONS = {
  input: "GFM",
  hard_wrap: false,
  auto_ids: true,
  footnote_nr: 1,
  entity_output: :as_char,
  toc_levels: (1..6).to_a,
  smart_quotes: %w[lsquo rsquo ldquo rdquo],
  gfm_quirks: [:paragraph_end],
  syntax_highlighter: "rouge",
  syntax_highlighter_opts: { "default_lang" => "plaintext", "guess_lang" => true },
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
