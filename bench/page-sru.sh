#!/usr/bin/env bash
# Débit et latences (p50, p95, p99) d'une page SRU sous 32 connexions simultanées, rapportés à un fichier statique servi
# par le même Kestrel (/css/pilotis.css) sous la même charge, mesurés dans le même passage.
# Le site est lancé en Release sur une base SQLite neuve (migration, référentiel, semis du Gard au démarrage), on se
# connecte avec le compte DDTM de démonstration, puis wrk (installé par apt s'il manque) charge les deux adresses à tour
# de rôle avec le cookie de session.
#
# Usage : bench/page-sru.sh [chemin de la page] [durée par mesure, s] [répétitions] [connexions]
#   bench/page-sru.sh                          # /sru/simulateur (le simulateur, Gard 2026), 15 s, 3 répétitions, 32 connexions
#   bench/page-sru.sh /sru                     # le tableau départemental (branche des pages SRU)
#   bench/page-sru.sh "/sru/simulateur?perimetre=FR"
set -euo pipefail
cd "$(dirname "$0")/.."
chemin=${1:-/sru/simulateur}
duree=${2:-15}
repetitions=${3:-3}
connexions=${4:-32}
fils=${FILS:-2}
port=${PORT:-5198}
courriel=${COURRIEL:-ddtm@demo.pilotis.fr}
motdepasse=${MOT_DE_PASSE:-Pilotis-Demo-2026}

if ! command -v wrk >/dev/null; then
  echo "Installation de wrk (apt)…" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi
dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
dll=src/Pilotis.Web/bin/Release/net10.0/Pilotis.Web.dll
travail=$(mktemp -d)
pid=""
nettoyer() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$travail"; }
trap nettoyer EXIT

ConnectionStrings__Pilotis="Data Source=$travail/pilotis.db" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet "$dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Pilotis.Web" >"$travail/site.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 600); do curl -sf -o /dev/null "$base/health" && break; kill -0 "$pid" 2>/dev/null || { cat "$travail/site.log" >&2; exit 2; }; sleep 0.5; done

statut=$(curl -s -o /dev/null -w '%{http_code}' -c "$travail/jar" -H 'Content-Type: application/json' \
  -d "{\"courriel\":\"$courriel\",\"motDePasse\":\"$motdepasse\"}" "$base/api/v1/session")
[ "$statut" = 204 ] || { echo "Connexion refusée ($statut) pour $courriel" >&2; exit 2; }
cookie=$(awk '$6 == "pilotis" {print $7}' "$travail/jar")
statut=$(curl -s -o "$travail/page.html" -w '%{http_code}' -H "Cookie: pilotis=$cookie" "$base$chemin")
[ "$statut" = 200 ] || { echo "GET $chemin : $statut au lieu de 200 (page absente de cette branche ?)" >&2; exit 2; }
taille_page=$(wc -c <"$travail/page.html")
taille_css=$(curl -s -H "Cookie: pilotis=$cookie" "$base/css/pilotis.css" | wc -c)

# Résultats lus dans done() : requêtes/s, p50/p95/p99 (ms), réponses autres que 200 (une session perdue donnerait des 302 rapides).
cat >"$travail/mesure.lua" <<'LUA'
local fils = {}
setup = function(thread) table.insert(fils, thread) end
init = function() autres = 0 end
response = function(status) if status ~= 200 then autres = autres + 1 end end
done = function(summary, latency)
  local n = 0
  for _, t in ipairs(fils) do n = n + t:get("autres") end
  io.write(string.format("RESULTAT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, n))
end
LUA

mesurer() { # url durée -> "rps p50 p95 p99 requêtes autres"
  wrk -t"$fils" -c"$connexions" -d"${2}s" --latency -H "Cookie: pilotis=$cookie" -s "$travail/mesure.lua" "$1" \
    | awk '/^RESULTAT/ {print $2, $3, $4, $5, $6, $7}'
}
# Échauffement (JIT, caches) des deux adresses.
mesurer "$base/css/pilotis.css" 5 >/dev/null
mesurer "$base$chemin" 5 >/dev/null

declare -a s_rps s_p50 s_p95 s_p99 p_rps p_p50 p_p95 p_p99
autres_total=0
for i in $(seq "$repetitions"); do
  read -r rps p50 p95 p99 req autres < <(mesurer "$base/css/pilotis.css" "$duree")
  s_rps+=("$rps"); s_p50+=("$p50"); s_p95+=("$p95"); s_p99+=("$p99"); autres_total=$((autres_total + autres))
  read -r rps p50 p95 p99 req autres < <(mesurer "$base$chemin" "$duree")
  p_rps+=("$rps"); p_p50+=("$p50"); p_p95+=("$p95"); p_p99+=("$p99"); autres_total=$((autres_total + autres))
done
mediane() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rapport() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", a/b}'; }
ms_rps=$(mediane "${s_rps[@]}"); ms50=$(mediane "${s_p50[@]}"); ms95=$(mediane "${s_p95[@]}"); ms99=$(mediane "${s_p99[@]}")
mp_rps=$(mediane "${p_rps[@]}"); mp50=$(mediane "${p_p50[@]}"); mp95=$(mediane "${p_p95[@]}"); mp99=$(mediane "${p_p99[@]}")

echo "Page $chemin sous $connexions connexions (wrk -t$fils, ${duree} s × $repetitions, médianes ; Release, SQLite, Gard de démonstration, $(nproc) cœurs partagés avec wrk)"
printf '  %-44s %9s %9s %9s %9s\n' "" "req/s" "p50 ms" "p95 ms" "p99 ms"
printf '  %-44s %9s %9s %9s %9s\n' "référence : /css/pilotis.css ($taille_css o)" "$ms_rps" "$ms50" "$ms95" "$ms99"
printf '  %-44s %9s %9s %9s %9s\n' "$chemin ($taille_page o)" "$mp_rps" "$mp50" "$mp95" "$mp99"
debit=$(awk -v a="$mp_rps" -v b="$ms_rps" 'BEGIN{printf "%.3g× (1/%.0f)", a/b, b/a}')
echo "  rapports page / fichier statique : débit $debit ; p50 $(rapport "$mp50" "$ms50")× ; p95 $(rapport "$mp95" "$ms95")× ; p99 $(rapport "$mp99" "$ms99")×"
echo "  réponses autres que 200 pendant les mesures : $autres_total"
