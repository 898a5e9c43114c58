# A shell for the site
{ pkgs ? import <nixpkgs> {} }:

let
  ruby = pkgs.ruby_3_2;
  gems = pkgs.bundlerEnv { name = "site-gems"; gemdir = ./.; };
in
pkgs.mkShell {
  buildInputs = [ ruby gems pkgs.nodejs ];
  /* env */
  shellHook = ''
    export JEKYLL_ENV=development
    echo "Ruby ${ruby.version}"
  '';
  src = /home/me/site;
  url = "https://example.com/${toString 42}";
  enable = true && !false;
}
