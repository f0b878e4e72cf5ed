#!/usr/bin/env bash
# Parc de logements à l'échelle nationale sur PostgreSQL (ticket 12, stock) :
#  1. base neuve pilotis_bench_parc, migrée et semée (sans demandes de démonstration) par un premier démarrage du site ;
#  2. `pilotis generer --echelle national --logements N` : N logements fictifs en CSV (format docs/formats/logements.md) ;
#     les bailleurs fictifs du fichier (SIREN 8DDDB0000) sont créés en SQL ;
#  3. référence : `\copy` psql du même fichier dans une table de 12 colonnes texte, sans index (temps) ;
#  4. `pilotis import logements` d'un fichier 4 fois plus petit puis du fichier entier (table vidée entre les deux) :
#     temps, lignes/s, rapport au COPY, mémoire maximale (RSS) — elle doit rester la même ; puis réimport (inchangé).
# Usage : bench/parc.sh [logements (500000)]   — GARDER_BASE=1 garde la base et le fichier entre deux passages.
set -euo pipefail
cd "$(dirname "$0")/.."
nombre=${1:-500000}
quart=$((nombre / 4))
port=${PORT:-5198}
hote=${PGHOST_BANC:-Host=localhost;Username=pilotis;Password=pilotis}
base_pg=${BASE_BANC:-pilotis_bench_parc}
connexion="$hote;Database=$base_pg"
export PGPASSWORD=${PGPASSWORD:-pilotis}
source bench/lib/charge.sh
travail=${DOSSIER_BANC:-$(mktemp -d)}
mkdir -p "$travail"
pid=""
trap 'arreter_site; [ "${GARDER_BASE:-0}" = 1 ] || rm -rf "$travail"' EXIT
psql_banc() { psql -h localhost -U pilotis -d "$base_pg" -v ON_ERROR_STOP=1 "$@"; }

dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
dotnet build src/Pilotis.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet src/Pilotis.Cli/bin/Release/net10.0/pilotis.dll)
export Database__Provider=Postgres ConnectionStrings__Pilotis="$connexion"

if [ "${GARDER_BASE:-0}" = 1 ] && psql_banc -tAc 'SELECT 1' >/dev/null 2>&1; then
  echo "1. Base $base_pg conservée (GARDER_BASE=1)."
  "${cli[@]}" migrer >/dev/null
else
  psql -h localhost -U pilotis -d postgres -qc "DROP DATABASE IF EXISTS $base_pg WITH (FORCE)" -c "CREATE DATABASE $base_pg" >/dev/null
  echo "1. Migration, référentiel et semis (sans demandes de démonstration) par un premier démarrage du site…"
  demarrer_site Database__Provider=Postgres ConnectionStrings__Pilotis="$connexion" Demonstration__Demandes=0
  arreter_site
fi

complet="$travail/logements-national-$nombre.csv"
petit="$travail/logements-national-$quart.csv"
if [ -s "$complet" ] && [ "${GARDER_BASE:-0}" = 1 ]; then
  echo "2. Fichier $complet conservé."
else
  echo "2. Génération de $nombre logements…"
  "${cli[@]}" generer --echelle national --nombre 1 --sortie "$travail/demande.csv" --graine 2026 \
    --logements "$nombre" --sortie-logements "$complet" | tail -n 1
fi
head -n $((quart + 1)) "$complet" >"$petit"
echo "   $(du -h "$complet" | cut -f1) pour $nombre lignes ; fichier réduit : $quart lignes"
# Les bailleurs fictifs du fichier : une organisation par SIREN.
cut -d';' -f2 "$complet" | tail -n +2 | sort -u >"$travail/sirens"
psql_banc -qc "CREATE TEMP TABLE s (siren text)" -c "\\copy s FROM '$travail/sirens'" -c "INSERT INTO \"Organisations\"
  (\"Nom\", \"Type\", \"Siren\", \"PerimetreNiveau\", \"PerimetreCode\", \"DepartementCode\", \"RegionCode\", \"Active\",
   \"Demonstration\", \"Jeton\")
  SELECT 'Bailleur fictif ' || siren, 4, siren, 2, '30', '30', '76', true, true, gen_random_uuid() FROM s
  WHERE NOT EXISTS (SELECT 1 FROM \"Organisations\" o WHERE o.\"Siren\" = s.siren)" >/dev/null
echo "   $(wc -l <"$travail/sirens") bailleurs fictifs"

echo "3. Référence : \\copy du même fichier dans une table de 12 colonnes texte…"
colonnes=$(head -n 1 "$complet" | tr ';' '\n' | awk '{printf "%s%s text", (NR>1?", ":""), $1}')
psql_banc -qc "DROP TABLE IF EXISTS copie_logements" -c "CREATE TABLE copie_logements ($colonnes)"
debut=$(date +%s.%N)
psql_banc -qc "\\copy copie_logements FROM '$complet' WITH (FORMAT csv, DELIMITER ';', HEADER true)"
fin=$(date +%s.%N)
copie=$(awk -v a="$debut" -v b="$fin" 'BEGIN{print b-a}')
psql_banc -qc "DROP TABLE copie_logements"
awk -v n="$nombre" -v d="$copie" 'BEGIN{printf "   COPY : %.1f s, %.0f lignes/s\n", d, n/d}'

importer() {
  local fichier=$1 debut fin rss
  debut=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$travail/rss" "${cli[@]}" import logements "$fichier" >"$travail/import.log" 2>&1 || { cat "$travail/import.log" >&2; exit 2; }
    rss=$(tail -n 1 "$travail/rss")
  else
    "${cli[@]}" import logements "$fichier" >"$travail/import.log" 2>&1 &
    local p=$! hwm=0
    while kill -0 "$p" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null || echo "$hwm"); sleep 0.2
    done
    wait "$p" || { cat "$travail/import.log" >&2; exit 2; }
    rss=$hwm
  fi
  fin=$(date +%s.%N)
  echo "$(awk -v a="$debut" -v b="$fin" 'BEGIN{print b-a}') $rss"
}
resume() { tr -s ' \n' ' ' <"$travail/import.log" | grep -o '[0-9,]* logement(s) :[^.]*' | tail -n 1; }
vider() { psql_banc -qc 'DELETE FROM "Logements" WHERE "IdentifiantRpls" LIKE '"'"'FICT0%'"'"' OR "IdentifiantRpls" LIKE '"'"'FICT1%'"'"''; }
memoire=$([ -x /usr/bin/time ] && echo "/usr/bin/time %M" || echo "VmHWM relevé toutes les 0,2 s")

echo "4. Import par la ligne de commande (Release ; mémoire : $memoire)…"
vider
mesure=$(importer "$petit"); read -r t_petit rss_petit <<<"$mesure"
echo "   quart : $(resume)"
vider
mesure=$(importer "$complet"); read -r t_complet rss_complet <<<"$mesure"
echo "   complet : $(resume)"
mesure=$(importer "$complet"); read -r t_reimport rss_reimport <<<"$mesure"
echo "   réimport : $(resume)"
total=$(psql_banc -tAc 'SELECT count(*) FROM "Logements"')

echo
echo "Résultats ($nombre logements, $total en base ; PostgreSQL local, $(nproc) cœurs partagés, charge $(cut -d' ' -f1-3 /proc/loadavg))"
printf '  %-42s %10s %12s %12s %10s\n' "mesure" "durée s" "lignes/s" "× COPY" "RSS max Mo"
ligne() { awk -v m="$1" -v n="$2" -v d="$3" -v N="$nombre" -v c="$copie" -v r="$4" 'BEGIN{printf "  %-42s %10.1f %12.0f %12.2f %10s\n", m, d, n/d, (n/d)/(N/c), (r=="" ? "" : sprintf("%.0f", r/1024))}'; }
ligne "COPY psql (référence, table texte sans index)" "$nombre" "$copie" ""
ligne "import, fichier réduit ($quart)" "$quart" "$t_petit" "$rss_petit"
ligne "import, fichier complet ($nombre)" "$nombre" "$t_complet" "$rss_complet"
ligne "réimport du fichier complet (inchangé)" "$nombre" "$t_reimport" "$rss_reimport"
awk -v a="$rss_petit" -v b="$rss_complet" 'BEGIN{printf "  mémoire maximale : %.0f Mo pour 1/4 du fichier, %.0f Mo pour le fichier entier (rapport %.2f)\n", a/1024, b/1024, b/a}'
