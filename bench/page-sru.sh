#!/usr/bin/env bash
# Débit et latences (p50, p95, p99) d'une page sous 32 connexions simultanées, rapportés à un fichier statique servi
# par le même Kestrel (/css/pilotis.css) sous la même charge, mesurés dans le même passage.
# Le site est lancé en Release sur une base SQLite neuve (migration, référentiel, semis du Gard au démarrage), on se
# connecte avec le compte DDTM de démonstration, puis wrk (installé par apt s'il manque) charge les adresses à tour
# de rôle avec le cookie de session (fonctions communes : bench/lib/charge.sh).
#
# Usage : bench/page-sru.sh [chemin de la page] [durée par mesure, s] [répétitions] [connexions]
#   bench/page-sru.sh                          # /sru/simulateur (le simulateur, Gard 2026), 15 s, 3 répétitions, 32 connexions
#   bench/page-sru.sh /sru                     # le tableau départemental
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
source bench/lib/charge.sh
installer_wrk
dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
travail=$(mktemp -d)
pid=""
trap 'arreter_site; rm -rf "$travail"' EXIT

demarrer_site ConnectionStrings__Pilotis="Data Source=$travail/pilotis.db"
se_connecter
statut=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: pilotis=$cookie" -H "$https" "$base$chemin")
[ "$statut" = 200 ] || { echo "GET $chemin : $statut au lieu de 200" >&2; exit 2; }
echo "Page $chemin sous $connexions connexions (wrk -t$fils, ${duree} s × $repetitions, médianes ; Release, SQLite, Gard de démonstration, $(nproc) cœurs partagés avec wrk)"
comparer "$duree" "$repetitions" "$chemin"
