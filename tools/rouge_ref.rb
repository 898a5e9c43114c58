# Reference highlighter: reads a JSON list of [language, code] pairs on stdin and prints a JSON
# list of the token spans Rouge makes of each (as kramdown asks it: Rouge::Lexer.find_fancy,
# the HTMLLegacy formatter's inner HTML), or null where Rouge knows no such language.
require "json"
require "rouge"

WRAPPER = %r{\A<div class="highlight"><pre class="highlight"><code>(.*)</code></pre></div>\z}m

items = JSON.parse($stdin.read)
out = items.map do |lang, text|
  lexer = Rouge::Lexer.find_fancy(lang, text)
  next nil if lexer.nil?

  html = Rouge::Formatters::HTMLLegacy.new(css_class: "highlight").format(lexer.lex(text))
  html[WRAPPER, 1]
end
$stdout.write(JSON.generate(out))
