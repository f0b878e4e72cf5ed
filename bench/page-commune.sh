#!/usr/bin/env bash
# Page publique d'une commune (seed 001, solution 8 ; la page la plus lue) sous 32 connexions, en visiteur anonyme
# (sans cookie de session) avec l'agent utilisateur d'un navigateur (chaque requête compte une visite) : débit et
# latences (p50, p95, p99) rapportés au fichier statique /css/pilotis.css servi par le même Kestrel, mesuré dans le
# même passage (bench/lib/charge.sh). Pages : Alès (publiée, texte de la commune), sa version intégrée (?integre=1),
# Nîmes (la plus grande commune du Gard). Site Release, base SQLite neuve, Gard de démonstration.
#
# Usage : bench/page-commune.sh [durée par mesure, s] [répétitions] [connexions]
#   bench/page-commune.sh            # 10 s × 3, 32 connexions
#   bench/page-commune.sh 5 1        # machine chargée : 5 s × 1
#   SANS_CONSTRUCTION=1 bench/page-commune.sh   # sans reconstruire le site
set -euo pipefail
cd "$(dirname "$0")/.."
duree=${1:-10}
repetitions=${2:-3}
connexions=${3:-32}
fils=${FILS:-2}
port=${PORT:-5199}
source bench/lib/charge.sh
installer_wrk
[ -n "${SANS_CONSTRUCTION:-}" ] || dotnet build src/Pilotis.Web -c Release -v q -nologo >/dev/null
travail=$(mktemp -d)
pid=""
trap 'arreter_site; rm -rf "$travail"' EXIT

# Un habitant n'a pas de compte : aucune session (cookie vide), un navigateur ordinaire (la visite est comptée,
# en mémoire puis par paquets : le compteur fait partie de ce qui est mesuré).
navigateur="User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
rafraichir_session() { cookie=""; }
mesurer() {
  wrk -t"$fils" -c"$connexions" -d"${2}s" --timeout "${DELAI_WRK:-30}s" --latency -H "$navigateur" -H "$https" \
    -s "$travail/mesure.lua" "$1" | awk '/^RESULTAT/ {print $2, $3, $4, $5, $6, $7}'
}

demarrer_site ConnectionStrings__Pilotis="Data Source=$travail/pilotis.db"
ecrire_script_mesure
# L'API (/api/v1/communes/30007/page) n'est pas chargée ici : comme tout /api, elle est limitée par adresse
# (LimitesDebit, 429 au-delà), ce qui mesurerait la limite et non la page.
pages=(/communes/30007 "/communes/30007?integre=1" /communes/30189)
for chemin in "${pages[@]}"; do
  statut=$(curl -s -o /dev/null -w '%{http_code}' -H "$https" "$base$chemin")
  [ "$statut" = 200 ] || { echo "GET $chemin : $statut au lieu de 200" >&2; exit 2; }
done
echo "Page publique d'une commune sous $connexions connexions, anonyme (wrk -t$fils, ${duree} s × $repetitions, médianes ; Release, SQLite, Gard de démonstration, $(nproc) cœurs partagés avec wrk, charge $(cut -d' ' -f1-3 /proc/loadavg))"
comparer "$duree" "$repetitions" "${pages[@]}"
echo "Charge de la machine après la mesure : $(cut -d' ' -f1-3 /proc/loadavg)"
