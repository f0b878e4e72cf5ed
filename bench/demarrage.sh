#!/usr/bin/env bash
# Démarrage à froid du site sur une base SQLite vide (migration + import du référentiel + semis de démonstration)
# jusqu'à la première page servie, rapporté au démarrage à chaud (même binaire, base déjà remplie) mesuré dans le
# même passage ; mémoire résidente du processus après démarrage. Usage : bench/demarrage.sh [répétitions]
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-3}
dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
dll=src/Pilotis.Web/bin/Release/net10.0/Pilotis.Web.dll
port=5199
base=$(mktemp -d)/pilotis.db
journal=$(dirname "$base")/site.log

demarrer() { # affiche "millisecondes rss_ko"
  local debut fin pid
  debut=$(date +%s%N)
  ConnectionStrings__Pilotis="Data Source=$base" ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Pilotis.Web" >"$journal" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 $pid 2>/dev/null || { echo "Le site s'est arrêté :" >&2; tail -20 "$journal" >&2; exit 1; }
    sleep 0.05
  done
  fin=$(date +%s%N)
  sleep 1
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (fin - debut) / 1000000 )) $rss"
}

froid=(); chaud=(); rss_froid=(); rss_chaud=()
for _ in $(seq "$repetitions"); do
  rm -f "$base"*
  read -r ms rss < <(demarrer); froid+=("$ms"); rss_froid+=("$rss")
  cp "$journal" "$journal.froid"
  read -r ms rss < <(demarrer); chaud+=("$ms"); rss_chaud+=("$rss")
done
mediane() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mf=$(mediane "${froid[@]}"); mc=$(mediane "${chaud[@]}")
rf=$(mediane "${rss_froid[@]}"); rc=$(mediane "${rss_chaud[@]}")
echo "Démarrage du site (médianes sur $repetitions passages, Release, SQLite)"
echo "  référence : démarrage à chaud jusqu'à la 1re page   ${mc} ms"
echo "  démarrage à froid (migration, référentiel, démo)   ${mf} ms = $(awk -v a="$mf" -v b="$mc" 'BEGIN{printf "%.1f", a/b}') × la référence"
echo "  mémoire résidente après démarrage à froid          $((rf / 1024)) Mo ; à chaud $((rc / 1024)) Mo = $(awk -v a="$rf" -v b="$rc" 'BEGIN{printf "%.2f", a/b}') ×"
echo "Étapes du dernier démarrage à froid (journal du site) :"
grep -E "Initialisation|migrée|importé|semé|semées|publiées|Échéances|différé|Première page" "$journal.froid" \
  | sed -E 's/^ +/  /' || true
rm -rf "$(dirname "$base")"
