% Plot a sine wave
function y = wave(x, f)
    %{
    Block comment
    %}
    if nargin < 2, f = 1.5; end
    y = sin(2*pi*f*x) .* exp(-x');   % transpose
    s = 'It''s a wave';
    t = "double ""quoted""";
    A = [1 2; 3 4]';
    result = cellfun(@(v) v + 1, {1, 2}, ...
        'UniformOutput', false);
    !ls -l
end
