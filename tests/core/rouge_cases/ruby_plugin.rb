#!/usr/bin/env ruby
require_relative "lib/helper"

module Jekyll::Plugins
  class TagList < Liquid::Tag
    SAFE = true
    PATTERN_RE = %r/[^\w\s-]+/i

    def initialize(tag_name, text, tokens)
      super
      @text = text.strip
      @@count ||= 0
    end

    def render(context)
      site = context.registers[:site]
      tags = site.tags.keys.sort_by { |t| t.downcase }
      list = %w(one two three)
      half = tags.size / 2
      ok = tags.empty? ? "none" : "#{tags.size} tags"
      return "" unless @text =~ /\d+\.\d*/
      html = <<~HTML
        <ul class="#{@text}">
          #{tags.map { |t| "<li>#{t}</li>" }.join}
        </ul>
      HTML
      options = { layout: "page", count: 2, "key" => :value, ratio: 1.5e3 }
      puts format("%d items", list.length) if $DEBUG
      html
    end
  end
end

Liquid::Template.register_tag("tag_list", Jekyll::Plugins::TagList)
