def run
  call(<<~ONE, <<-TWO)
    first #{x}
  ONE
    second
    TWO
  [1, 2].map { |n| "#{<<~IN.strip} #{n}" }
    inner
  IN
end
