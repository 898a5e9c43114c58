# A class
###
Block comment
###
class Page extends Base
  constructor: (@title, options = {}) ->
    super()
    @tags = options.tags ? []

  slug: =>
    @title.toLowerCase().replace /\s+/g, "-"

  render: ->
    """
    <h1>#{@title}</h1>
    """

pages = (new Page "Page #{n}" for n in [1..5] when n isnt 3)
console.log pages.length, yes, 0x1F, 2.5
re = ///
  ^\d+   # digits
///
