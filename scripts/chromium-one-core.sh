#!/bin/sh
# Debian's Chromium pinned to the first core: what vanishes here was real parallelism.
exec taskset -c 0 "${CHROMIUM_PATH:-/usr/bin/chromium}" "$@"
