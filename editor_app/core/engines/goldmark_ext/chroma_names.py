"""Names and aliases of the languages Chroma (Hugo's highlighter) colours.

Read from Hugo's own documentation data (`data/docs.yaml`, `chroma.lexers`), plus `txt`,
which Hugo 0.111's Chroma also knows. `tools/chroma_extract.py` asks the installed `hugo`
which of these (and of its lexers' file extensions) it colours; that list
(`chroma_data/languages.json`) decides which fences get Chroma's wrapper. (A fence's
language is one word, so names with spaces are left out.)
"""

CHROMA_LANGUAGES = frozenset(
    """
    1s 1s:enterprise abap abl abnf aconf actionscript actionscript3 ada ada2005 ada95 agda ahk
    al alloy ampl angular2 ansible antlr apache apacheconf apl applescript aql arduino arexx
    armasm art arturo as as3 asm atl autohotkey autoit awk b3d ballerina bash bash-session basic
    bat batch batchfile beef bf bib bibtex bicep bind blitzbasic bnf bplus bqn brainfuck bsdmake
    c c# c++ c3 caddy caddy-d caddyfile caddyfile-d caddyfile-directives capnp cassandra
    cassette ceylon cf3 cfengine3 cfg cfs cfstatement chai chaiscript chapel cheetah chpl cl clj
    clojure cmake cobol coffee coffee-script coffeescript common-lisp console containerfile coq
    core cpp cql cr crystal csh csharp css csv cucumber cue cython d dart dax desktop
    desktop_entry devicetree diff django django/jinja dns docker dockerfile dosbatch dosini dtd
    dts duby dylan ebnf edn elisp elixir elm emacs emacs-lisp emacslisp erb erlang ex exs f90
    factor fennel fish fishshell fnl forth fortran fortranfixed fsharp gas gawk gd gd3 gdscript
    gdscript3 gemfile-lock gemfile.lock gemfilelock gemini gemtext genshi genshitext gettext
    gherkin gleam glsl gmi gmni gnuplot go go-html-template go-template go-text-template golang
    gql graphql graphqls groff groovy gsed handlebars hare haskell haxe hbs hcl hexdump hlb hlsl
    holyc hs html html+erb html+genshi html+kid html+ruby http hx hxsl hy hylang idr idris igor
    igorpro ini io iscdhcpd j janet java java-properties javascript jinja jl js json jsonata
    jsonl jsonnet jsx julia jungle kak kakoune kakrc kakscript kdl kid kotlin ksh lateralus
    latex lean lean4 lighttpd lighty lilypond lisp llvm lox ltl lua luau m2 make makefile mako
    man mariadb markdown markless mason materialize mathematica matlab mawk mbt mcf mcfunction
    md meson meson.build mess metal mf microcad minizinc mkd mlir mma modelica modula-2 modula2
    mojo monkeyc moon moonbit moonscript morrowind morrowindscript mwscript myghty mysql mzn
    mzsql nasm natural nawk nb ndisasm newspeak ng2 nginx nim nimrod nix nixos no-highlight
    nroff nsh nsi nsis nu obj-c objc objective-c objectivec objectpascal ocaml octave odin ones
    onesenterprise openedge openedgeabl openscad org orgmode pacmanconf perl perl6 php php3 php4
    php5 phtml pig pkgconfig pl pl/pgsql pl6 plain plaintext plc plpgsql plutus-core po pony
    posh postgres postgresql postscr postscript pot pov povray powerquery powershell pq progress
    prolog promela promql properties proto protobuf prql ps1 psd1 psl psm1 puppet pwsh py py2
    py3 pyrex python python2 python3 pyx qbasic qbs qml r racket ragel raku rb react reason
    reasonml reg registry rego rest restructuredtext rexx rgbasm rhtml ring rkt rpgle rpmspec rs
    rst ruby rust s sage salt sas sass scala scdoc scheme scilab scm scss sed sh shell
    shell-session sieve sls smali smalltalk smarty sml snbt snobol sol solidity sourcepawn sp
    spade sparql spec spitfire splus sql sqlrpgle squeak squid squid.conf squidconf ssed st
    starlark stas stylus sv svelte swift systemd systemverilog t-sql tablegen tal tape tasm tcl
    tcsh templ termcap terminfo terraform tex text tf thrift toml tradingview transact-sql ts
    tsql tsx turing turtle tv twig txt txtpb typescript typoscript typoscriptcssdata
    typoscripthtmldata typst ucode udiff uxntal v vala vapi vb.net vbnet verilog vhdl vhs vim
    viml vlang vsh vshell vtt vue vuejs wast wat wdte webvtt wgsl whiley winbatch xml xml+genshi
    xml+kid xorg xorg.conf yaml yaml+jinja yang z80 zed zig zone zsh µcad 🔥
    """.split()
)
