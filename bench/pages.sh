#!/usr/bin/env bash
# Pages de la demande et listes du pilotage, sur le Gard de démonstration (site Release, base neuve) :
#  (a) un utilisateur, requêtes l'une après l'autre : p50/p95 de /demandes, /demandes/tableaux, /demandes/quartiles et
#      de la fiche d'une demande, rapportés au fichier statique /css/pilotis.css mesuré dans le même passage ;
#  (b) chaque liste et tableau de bord sous 32 connexions (wrk, bench/lib/charge.sh), rapportés au même fichier.
# La base est SQLite (dossier temporaire) ; BASE=postgres utilise une base PostgreSQL neuve sur $PILOTIS_TEST_POSTGRES.
#
# Usage : bench/pages.sh [requêtes par page en (a)] [durée wrk, s] [répétitions wrk]
#   bench/pages.sh                 # 200 requêtes par page, 5 s × 1 sous charge
#   SEQUENTIEL_SEUL=1 bench/pages.sh 300      # (a) seulement ; CHARGE_SEULE=1 : (b) seulement
#   BASE=postgres bench/pages.sh              # sur PostgreSQL ($PILOTIS_TEST_POSTGRES)
#   LISTES="/attributions/objectifs /flux/bailleur/8" CHARGE_SEULE=1 bench/pages.sh   # ces pages seulement
set -euo pipefail
cd "$(dirname "$0")/.."
requetes=${1:-200}
duree=${2:-5}
repetitions=${3:-1}
connexions=${CONNEXIONS:-32}
fils=${FILS:-2}
port=${PORT:-5197}
courriel=${COURRIEL:-ddtm@demo.pilotis.fr}
motdepasse=${MOT_DE_PASSE:-Pilotis-Demo-2026}
source bench/lib/charge.sh
installer_wrk
[ -n "${SANS_CONSTRUCTION:-}" ] || dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
travail=$(mktemp -d)
pid=""
base_pg=""
nettoyer() {
  arreter_site
  if [ -n "$base_pg" ]; then
    PGPASSWORD=pilotis psql -h localhost -U pilotis -d postgres -qc "DROP DATABASE IF EXISTS $base_pg WITH (FORCE)" || true
  fi
  rm -rf "$travail"
}
trap nettoyer EXIT

if [ "${BASE:-sqlite}" = postgres ]; then
  base_pg="bench_pages_$$"
  PGPASSWORD=pilotis psql -h localhost -U pilotis -d postgres -qc "CREATE DATABASE $base_pg"
  moteur="PostgreSQL"
  demarrer_site Database__Provider=Postgres \
    ConnectionStrings__Pilotis="${PILOTIS_TEST_POSTGRES:-Host=localhost;Port=5432;Username=pilotis;Password=pilotis};Database=$base_pg"
else
  moteur="SQLite"
  demarrer_site ConnectionStrings__Pilotis="Data Source=$travail/pilotis.db"
fi
se_connecter

page() { curl -s -H "Cookie: pilotis=$cookie" -H "$https" "$base$1"; }
# Une demande et un bailleur de la démonstration, lus dans les pages (premier lien de chaque sorte).
demande=$(page /demandes | grep -o 'href="/demandes/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
# Le bailleur : l'organisation dont la page de flux est la plus fournie (toute organisation a une page, vide si elle
# n'est pas partie à une convention ; les organisations de la démonstration sont numérotées dans l'ordre du semis).
bailleur=${BAILLEUR:-}
if [ -z "$bailleur" ]; then
  bailleur=$(for i in $(seq 1 30); do
    echo "$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "Cookie: pilotis=$cookie" -H "$https" \
      "$base/flux/bailleur/$i") $i"
  done | awk '$1 == 200' | sort -k2,2nr | head -1 | awk '{print $3}')
fi
[ -n "$demande" ] || { echo "Aucune demande trouvée sur /demandes" >&2; exit 2; }

sequentiels=(/css/pilotis.css /demandes /demandes/tableaux /demandes/quartiles "/demandes/$demande"
  "/demandes/$demande/modifier" "/demandes?tri=-score&p=3")
listes=(/demandes /demandes/tableaux /demandes/quartiles /demandes/classement /operations /territoires /sru
  /sru/simulateur /production/lissage /attributions/objectifs)
[ -z "$bailleur" ] || listes+=("/flux/bailleur/$bailleur")
# LISTES="/attributions/objectifs /flux/bailleur/8" : ne charger que ces pages en (b).
[ -z "${LISTES:-}" ] || read -r -a listes <<<"$LISTES"
for chemin in "${sequentiels[@]}" "${listes[@]}"; do
  statut=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: pilotis=$cookie" -H "$https" "$base$chemin")
  [ "$statut" = 200 ] || { echo "GET $chemin : $statut au lieu de 200" >&2; exit 2; }
done

if [ -z "${CHARGE_SEULE:-}" ]; then
# (a) Un utilisateur : chaque page est demandée $requetes fois, en tournant d'une page à l'autre (une même charge de
# fond touche toutes les pages), après 20 tours d'échauffement. Temps total vu par curl (connexion gardée ouverte).
echo "(a) Un utilisateur, requêtes successives ($requetes par page après 20 d'échauffement ; Release, $moteur, Gard de démonstration, $(nproc) cœurs partagés)"
for tour in $(seq $((requetes + 20))); do
  for chemin in "${sequentiels[@]}"; do
    # Le bocal garde le cookie que le site renouvelle, comme un navigateur.
    t=$(curl -s -o /dev/null -w '%{time_total}' -b "$travail/jar" -c "$travail/jar" -H "$https" "$base$chemin")
    [ "$tour" -le 20 ] || echo "$chemin $t" >>"$travail/sequentiel"
  done
done
reference_p50=""
printf '  %-44s %9s %9s %9s %s\n' "" "p50 ms" "p95 ms" "max ms" "rapports au fichier statique"
for chemin in "${sequentiels[@]}"; do
  read -r p50 p95 max < <(awk -v c="$chemin" '$1 == c {print $2 * 1000}' "$travail/sequentiel" | sort -g |
    awk '{a[NR]=$1} END {printf "%.1f %.1f %.1f\n", a[int((NR+1)/2)], a[int(NR*0.95+0.5)], a[NR]}')
  [ -n "$reference_p50" ] || { reference_p50=$p50; reference_p95=$p95; }
  printf '  %-44s %9s %9s %9s %s\n' "$chemin" "$p50" "$p95" "$max" \
    "$(awk -v a="$p50" -v b="$reference_p50" -v c="$p95" -v d="$reference_p95" 'BEGIN{printf "p50 %.1f×, p95 %.1f×", a/b, c/d}')"
done
fi
[ -z "${SEQUENTIEL_SEUL:-}" ] || exit 0

# (b) Sous charge.
echo "(b) Sous $connexions connexions (wrk -t$fils, ${duree} s × $repetitions, médianes ; Release, $moteur, Gard de démonstration)"
comparer "$duree" "$repetitions" "${listes[@]}"
