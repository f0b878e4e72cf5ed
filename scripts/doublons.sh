#!/usr/bin/env bash
# Blocs de six lignes ou plus répétés, hors migrations EF Core générées (ticket 15) : copie le commit demandé
# (HEAD par défaut) sans ses migrations et y lance l'outil « duplicates » de la bibliothèque d'outils.
# Usage : scripts/doublons.sh [REV] [--most N]
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-HEAD}"; shift || true
copie="$(mktemp -d)"
trap 'rm -rf "$copie"' EXIT
git -C "$racine" archive "$rev" src tests bench | tar -x -C "$copie"
find "$copie" -type d -name Migrations -prune -exec rm -rf {} +
if [ $# -eq 0 ]; then set -- --most 1; fi
duplicates --repo "$copie" --seconds 120 "$@"
