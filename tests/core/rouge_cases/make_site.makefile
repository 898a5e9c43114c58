# Build the site
include config.mk
SITE ?= _site
JEKYLL := bundle exec jekyll
export PATH

.PHONY: all clean
all: build test

build: Gemfile.lock
	@echo "Building $(SITE) into $(abspath $(SITE))"
	-$(JEKYLL) build --destination $(SITE) \
		--trace
ifeq ($(CI),true)
	cp -r $(SITE) /tmp/out
endif

clean:
	rm -rf $(SITE) .jekyll-cache
