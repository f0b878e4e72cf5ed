#!/usr/bin/env bash
# Catalogue d'aides (ticket 13) sur PostgreSQL, base neuve semée du Gard de démonstration :
#  (a) import d'un catalogue généré de 10 000 aides (format aides-territoires) par ImportAides, premier import puis
#      réimport identique, rapportés à la lecture JSON nue + COPY binaire des mêmes aides (bench/Pilotis.Bench aides) ;
#  (b) recherche sous 32 connexions (wrk, bench/lib/charge.sh) sur ces 10 040 aides : API publique et page /aides,
#      p95 rapporté au fichier statique /css/pilotis.css mesuré dans le même passage.
#
# Usage : bench/aides.sh [durée wrk, s] [répétitions wrk]      AIDES=2000 bench/aides.sh (catalogue réduit)
set -euo pipefail
cd "$(dirname "$0")/.."
duree=${1:-5}
repetitions=${2:-1}
nombre=${AIDES:-10000}
connexions=${CONNEXIONS:-32}
fils=${FILS:-2}
port=${PORT:-5198}
source bench/lib/charge.sh
installer_wrk
[ -n "${SANS_CONSTRUCTION:-}" ] || {
  dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
  dotnet build bench/Pilotis.Bench -c Release -v q -nologo >/dev/null
}
travail=$(mktemp -d)
pid=""
base_pg="bench_aides_$$"
nettoyer() {
  arreter_site
  PGPASSWORD=pilotis psql -h localhost -U pilotis -d postgres -qc "DROP DATABASE IF EXISTS $base_pg WITH (FORCE)" || true
  rm -rf "$travail"
}
trap nettoyer EXIT
PGPASSWORD=pilotis psql -h localhost -U pilotis -d postgres -qc "CREATE DATABASE $base_pg"
cnx="${PILOTIS_TEST_POSTGRES:-Host=localhost;Port=5432;Username=pilotis;Password=pilotis};Database=$base_pg"
site=(Database__Provider=Postgres ConnectionStrings__Pilotis="$cnx" LimitesDebit__PublicParMinute=100000000)

# La base : migrée et semée par un premier démarrage du site.
demarrer_site "${site[@]}"
arreter_site

echo "(a) Import ($nombre aides générées ; $(nproc) cœurs partagés)"
dotnet bench/Pilotis.Bench/bin/Release/net10.0/Pilotis.Bench.dll aides --connexion "$cnx" --aides "$nombre" \
  --fichier "$travail/aides.json"

# Le site redémarre : son index des aides est chargé depuis la base qui porte le catalogue.
demarrer_site "${site[@]}"
se_connecter
chemins=("/api/v1/aides?q=surcharge%20fonciere%20PLAI&departement=30"
  "/api/v1/aides?q=logement%20social%20renovation"
  "/api/v1/aides?q=pret,%20subvention&departement=30&page=3"
  "/aides?q=acquisition%20amelioration&departement=30")
for chemin in "${chemins[@]}"; do
  statut=$(curl -s -o /dev/null -w '%{http_code}' -H "$https" "$base$chemin")
  [ "$statut" = 200 ] || { echo "GET $chemin : $statut au lieu de 200" >&2; exit 2; }
done
echo "(b) Recherche sous $connexions connexions (wrk -t$fils, ${duree} s × $repetitions, médianes ; Release, PostgreSQL)"
comparer "$duree" "$repetitions" "${chemins[@]}"
