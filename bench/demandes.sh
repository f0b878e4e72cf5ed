#!/usr/bin/env bash
# Registre des demandes à l'échelle nationale sur PostgreSQL (issue 6) :
#  1. base neuve pilotis_bench_demandes, migrée et semée (sans demandes de démonstration) par un premier démarrage du site ;
#  2. `pilotis generer --echelle national` : 2,8 millions de demandes fictives en CSV (lignes/s de la génération) ;
#  3. référence : `\copy` psql du même fichier dans une table de 25 colonnes texte, sans index (temps) ;
#  4. `pilotis import demandes` d'un fichier 4 fois plus petit puis du fichier entier (base vidée entre les deux) :
#     temps, lignes/s, rapport au COPY, mémoire maximale (RSS) des deux — elle doit rester la même ;
#     puis réimport du fichier entier (tout inchangé), puis du même fichier où 5 % des lignes ont changé (une ligne sur
#     20 : ressources mensuelles + 1 €) — objectif ≥ 1 × COPY ;
#  5. démarrage de la ligne de commande : `pilotis import demandes` d'un fichier de 8 lignes (médiane de 5) comparé à
#     `dotnet pilotis.dll --help` (référence, médiane de 5) — objectif ≤ 1 s ;
#  6. cotation de toutes les demandes si le banc `cotation` existe dans bench/Pilotis.Bench (sinon : crochet signalé).
# Usage : bench/demandes.sh [demandes (2800000)]   — GARDER_BASE=1 garde la base et le fichier entre deux passages.
# Mémoire : /usr/bin/time -f %M (RSS maximal du processus, Ko) si présent, sinon relevé de VmHWM dans /proc/<pid>/status.
set -euo pipefail
cd "$(dirname "$0")/.."
nombre=${1:-2800000}
quart=$((nombre / 4))
port=${PORT:-5199}
hote=${PGHOST_BANC:-Host=localhost;Username=pilotis;Password=pilotis}
base_pg=${BASE_BANC:-pilotis_bench_demandes}
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
  echo "1. Base $base_pg conservée (GARDER_BASE=1) ; migrations nouvelles appliquées."
  "${cli[@]}" migrer >/dev/null
else
  psql -h localhost -U pilotis -d postgres -qc "DROP DATABASE IF EXISTS $base_pg WITH (FORCE)" -c "CREATE DATABASE $base_pg" >/dev/null
  echo "1. Migration, référentiel et semis (sans demandes de démonstration) par un premier démarrage du site…"
  demarrer_site Database__Provider=Postgres ConnectionStrings__Pilotis="$connexion" Demonstration__Demandes=0
  arreter_site
fi
# Le site répond avant d'avoir fini son semis : le référentiel est alors importé par la ligne de commande.
if [ "$(psql_banc -tAc 'SELECT count(*) FROM "Communes"')" = 0 ]; then
  echo "   référentiel territorial importé par la ligne de commande (semis du site interrompu)"
  "${cli[@]}" import territoires >/dev/null
fi

complet="$travail/demandes-national-$nombre.csv"
petit="$travail/demandes-national-$quart.csv"
if [ -s "$complet" ] && [ "${GARDER_BASE:-0}" = 1 ]; then
  echo "2. Fichier $complet conservé."
else
  echo "2. Génération de $nombre demandes…"
  debut=$(date +%s.%N)
  "${cli[@]}" generer --echelle national --nombre "$nombre" --logements 0 --graine 2026 --sortie "$complet" | tail -n 2
  fin=$(date +%s.%N)
  awk -v n="$nombre" -v d="$(awk -v a="$debut" -v b="$fin" 'BEGIN{print b-a}')" 'BEGIN{printf "   génération (démarrage compris) : %.1f s, %.0f lignes/s\n", d, n/d}'
fi
head -n $((quart + 1)) "$complet" >"$petit"
echo "   $(du -h "$complet" | cut -f1) pour $nombre lignes ; fichier réduit : $quart lignes"

echo "3. Référence : \\copy du même fichier dans une table de 25 colonnes texte…"
colonnes=$(head -n 1 "$complet" | tr ';' '\n' | awk '{printf "%s%s text", (NR>1?", ":""), $1}')
psql_banc -qc "DROP TABLE IF EXISTS copie_demandes" -c "CREATE TABLE copie_demandes ($colonnes)"
debut=$(date +%s.%N)
psql_banc -qc "\\copy copie_demandes FROM '$complet' WITH (FORMAT csv, DELIMITER ';', HEADER true)"
fin=$(date +%s.%N)
copie=$(awk -v a="$debut" -v b="$fin" 'BEGIN{print b-a}')
psql_banc -qc "DROP TABLE copie_demandes"
awk -v n="$nombre" -v d="$copie" 'BEGIN{printf "   COPY : %.1f s, %.0f lignes/s\n", d, n/d}'

# importer FICHIER → "secondes rss_ko" ; la sortie de la commande est gardée dans $travail/import.log.
importer() {
  local fichier=$1 debut fin rss
  debut=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$travail/rss" "${cli[@]}" import demandes "$fichier" >"$travail/import.log" 2>&1 || { cat "$travail/import.log" >&2; exit 2; }
    rss=$(tail -n 1 "$travail/rss")
  else
    "${cli[@]}" import demandes "$fichier" >"$travail/import.log" 2>&1 &
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
# Bilan de la dernière commande, sur une ligne (la console coupe à 80 colonnes quand la sortie est redirigée).
resume() { tr -s ' \n' ' ' <"$travail/import.log" | grep -o '[0-9,]* demande(s) :.*lignes/s)' | tail -n 1; }
vider() { psql_banc -qc 'TRUNCATE "ClassementsDemandes", "CommunesSouhaitees", "Demandes" RESTART IDENTITY CASCADE'; }
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
change="$travail/demandes-national-$nombre-5pc.csv"
awk -F';' -v OFS=';' 'NR > 1 && NR % 20 == 0 { $15 = $15 + 1 } { print }' "$complet" >"$change"
mesure=$(importer "$change"); read -r t_change rss_change <<<"$mesure"
echo "   réimport, 5 % changé : $(resume)"
psql_banc -qc 'ANALYZE "Demandes"; ANALYZE "CommunesSouhaitees"' >/dev/null
total=$(psql_banc -tAc 'SELECT count(*) FROM "Demandes"')

echo
echo "Résultats ($nombre demandes, $total en base ; PostgreSQL local, $(nproc) cœurs partagés, charge $(cut -d' ' -f1-3 /proc/loadavg))"
printf '  %-42s %10s %12s %12s %10s\n' "mesure" "durée s" "lignes/s" "× COPY" "RSS max Mo"
ligne() { awk -v m="$1" -v n="$2" -v d="$3" -v N="$nombre" -v c="$copie" -v r="$4" 'BEGIN{printf "  %-42s %10.1f %12.0f %12.2f %10s\n", m, d, n/d, (n/d)/(N/c), (r=="" ? "" : sprintf("%.0f", r/1024))}'; }
ligne "COPY psql (référence, table texte sans index)" "$nombre" "$copie" ""
ligne "import, fichier réduit ($quart)" "$quart" "$t_petit" "$rss_petit"
ligne "import, fichier complet ($nombre)" "$nombre" "$t_complet" "$rss_complet"
ligne "réimport du fichier complet (inchangé)" "$nombre" "$t_reimport" "$rss_reimport"
ligne "réimport, 5 % des lignes changées" "$nombre" "$t_change" "$rss_change"
awk -v a="$rss_petit" -v b="$rss_complet" 'BEGIN{printf "  mémoire maximale : %.0f Mo pour 1/4 du fichier, %.0f Mo pour le fichier entier (rapport %.2f ; objectif ≤ 300 Mo, constant)\n", a/1024, b/1024, b/a}'
awk -v n="$nombre" -v t="$t_complet" -v c="$copie" 'BEGIN{printf "  débit de l'\''import : %.2f × celui du COPY (objectif ≥ 0,5 ×)\n", (n/t)/(n/c)}'
awk -v t="$t_change" -v c="$copie" 'BEGIN{printf "  réimport 5 %% changé : %.2f × le COPY (objectif ≥ 1 ×)\n", c/t}'

echo
echo "5. Démarrage de la ligne de commande : import de 8 lignes comparé à --help (médianes de 5)"
huit="$travail/demandes-8.csv"
head -n 9 "$complet" >"$huit"
# duree CMD… → secondes d'horloge d'une exécution.
duree() { local a b; a=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; b=$(date +%s.%N); awk -v a="$a" -v b="$b" 'BEGIN{print b-a}'; }
mediane() { sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
aide=$(for _ in 1 2 3 4 5; do duree "${cli[@]}" --help; done | mediane)
huit_s=$(for _ in 1 2 3 4 5; do duree "${cli[@]}" import demandes "$huit"; done | mediane)
awk -v a="$aide" -v h="$huit_s" 'BEGIN{printf "  dotnet pilotis.dll --help : %.2f s ; import de 8 lignes : %.2f s = %.1f × --help (objectif ≤ 1 s)\n", a, h, h/a}'
# La ligne de commande publiée pour l'exploitation (scripts/publier-cli.sh : ReadyToRun, précompilée).
scripts/publier-cli.sh "$travail/cli-publiee" >/dev/null
publiee=("$travail/cli-publiee/pilotis")
aide_p=$(for _ in 1 2 3 4 5; do duree "${publiee[@]}" --help; done | mediane)
huit_p=$(for _ in 1 2 3 4 5; do duree "${publiee[@]}" import demandes "$huit"; done | mediane)
awk -v a="$aide_p" -v h="$huit_p" -v j="$huit_s" 'BEGIN{printf "  publiée (ReadyToRun) --help : %.2f s ; import de 8 lignes : %.2f s = %.1f × --help, %.2f × la construction ordinaire (objectif ≤ 1 s)\n", a, h, h/a, h/j}'

echo
echo "6. Cotation de toutes les demandes"
# CROCHET COTATION : le banc `cotation` de bench/Pilotis.Bench (autre chantier de l'issue 6) est appelé s'il existe.
if grep -q '"cotation"' bench/Pilotis.Bench/Program.cs; then
  dotnet build bench/Pilotis.Bench -c Release -v q -nologo >/dev/null
  dotnet bench/Pilotis.Bench/bin/Release/net10.0/Pilotis.Bench.dll cotation --connexion "$connexion"
else
  echo "   (CROCHET) le banc « cotation » n'existe pas encore dans bench/Pilotis.Bench : rien n'est mesuré ici."
  echo "   Quand il existe : dotnet bench/Pilotis.Bench/bin/Release/net10.0/Pilotis.Bench.dll cotation --connexion \"$connexion\""
fi
