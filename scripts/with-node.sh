#!/usr/bin/env bash
# Runs a command with the project's Node (see env.sh), for package.json scripts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec "$@"
