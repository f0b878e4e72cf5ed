#!/usr/bin/env bash
# Production à l'échelle nationale sur PostgreSQL (issue 4) :
#  1. base neuve pilotis_bench, migrée et semée par un premier démarrage du site ;
#  2. `Pilotis.Bench production` : 100 000 opérations fictives sur 10 ans écrites en CSV puis importées,
#     rapportées au COPY PostgreSQL du même fichier (et mémoire maximale) ;
#  3. charge wrk sous 32 connexions : l'API de lissage (Gard et France entière) et le tableau de lissage,
#     rapportés à un fichier statique servi par le même Kestrel dans le même passage.
# Usage : bench/production.sh [opérations] [durée par mesure, s] [répétitions] [connexions]
set -euo pipefail
cd "$(dirname "$0")/.."
operations=${1:-100000}
duree=${2:-10}
repetitions=${3:-3}
connexions=${4:-32}
fils=${FILS:-2}
port=${PORT:-5199}
hote=${PGHOST_BANC:-Host=localhost;Username=pilotis;Password=pilotis}
base_pg=${BASE_BANC:-pilotis_bench}
connexion="$hote;Database=$base_pg"
source bench/lib/charge.sh
installer_wrk
travail=$(mktemp -d)
pid=""
trap 'arreter_site; rm -rf "$travail"' EXIT

dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
dotnet build bench/Pilotis.Bench -c Release -v q -nologo >/dev/null
if [ "${GARDER_BASE:-0}" = 1 ] && PGPASSWORD=pilotis psql -h localhost -U pilotis -d "$base_pg" -tAc 'SELECT 1' >/dev/null 2>&1; then
  echo "1. Base $base_pg conservée (GARDER_BASE=1)."
  demarrer_site Database__Provider=Postgres ConnectionStrings__Pilotis="$connexion"   # applique les migrations nouvelles
  arreter_site
else
  PGPASSWORD=pilotis psql -h localhost -U pilotis -d postgres -qc "DROP DATABASE IF EXISTS $base_pg WITH (FORCE)" -c "CREATE DATABASE $base_pg" >/dev/null
  echo "1. Migration et semis du Gard par un premier démarrage du site…"
  demarrer_site Database__Provider=Postgres ConnectionStrings__Pilotis="$connexion"
  arreter_site
fi

echo "2. Reprise de $operations opérations…"
dotnet bench/Pilotis.Bench/bin/Release/net10.0/Pilotis.Bench.dll production --connexion "$connexion" --operations "$operations" --repetitions "$repetitions"
PGPASSWORD=pilotis psql -h localhost -U pilotis -d "$base_pg" -qc 'ANALYZE' >/dev/null
total=$(PGPASSWORD=pilotis psql -h localhost -U pilotis -d "$base_pg" -tAc 'SELECT count(*) FROM "Operations"')

echo "3. Charge ($connexions connexions, wrk -t$fils, ${duree} s × $repetitions, médianes ; Release, PostgreSQL, $total opérations en base, $(nproc) cœurs partagés avec wrk et PostgreSQL)"
demarrer_site Database__Provider=Postgres ConnectionStrings__Pilotis="$connexion"
se_connecter
chemins=("/api/v1/statistiques/production/lissage?annee=2025&departement=30" "/api/v1/statistiques/production/lissage?annee=2025")
for page in "/production/lissage?annee=2025"; do
  statut=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: pilotis=$cookie" "$base$page")
  if [ "$statut" = 200 ]; then chemins+=("$page"); else echo "  ($page : $statut, non mesurée)"; fi
done
comparer "$duree" "$repetitions" "${chemins[@]}"
