#!/bin/bash
set -euo pipefail
NAME="${1:-site}"
cat > "$NAME/_config.yml" <<EOF
title: $NAME
theme: minima
EOF
for f in *.md; do
  echo "Processing $f" && wc -l "$f" | awk '{ print $1 }'
done
if [ -d _site ]; then rm -rf _site; fi
count=$((count + 1))
bundle exec jekyll serve --livereload \
  --port 4000 # serve it
case "$1" in
  start) echo 'starting' ;;
  *) exit 1 ;;
esac
echo $(date +%Y) `whoami` $'tab\there' 42
