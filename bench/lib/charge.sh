# Fonctions communes des bancs de charge (à sourcer) : démarrage du site en Release, connexion, mesures wrk rapportées
# à un fichier statique servi par le même Kestrel dans le même passage.
# Variables attendues : travail (dossier temporaire), port, connexions, fils ; facultatives : courriel, motdepasse.

installer_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "Installation de wrk (apt)…" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
  fi
}

https="X-Forwarded-Proto: https"

# demarrer_site VAR=VALEUR… : lance le site (Release ; SITE_DLL pour une autre copie du binaire) avec ces variables d'environnement, attend /health ; pid dans $pid.
demarrer_site() {
  # Le site en production n'accepte que HTTPS (cookies sécurisés, jeton anti-falsification du gabarit) : le banc se
  # déclare mandataire de confiance et chaque requête porte X-Forwarded-Proto: https.
  env "$@" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Mandataires__Adresses=127.0.0.1 \
    dotnet "${SITE_DLL:-src/Pilotis.Web/bin/Release/net10.0/Pilotis.Web.dll}" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Pilotis.Web" >"$travail/site.log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1200); do curl -sf -o /dev/null "$base/health" && return 0; kill -0 "$pid" 2>/dev/null || { cat "$travail/site.log" >&2; exit 2; }; sleep 0.5; done
  echo "Le site n'a pas démarré" >&2; exit 2
}

arreter_site() { if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }

# se_connecter : cookie de session du compte $courriel dans $cookie (et dans le bocal $travail/jar).
se_connecter() {
  rafraichir_session
  ecrire_script_mesure
}

# rafraichir_session : un cookie neuf. Le site revalide le jeton de sécurité d'un cookie émis il y a plus d'une minute
# (SecurityStampValidator, trois lectures de l'utilisateur) et en renvoie un neuf, que le navigateur garde ; wrk, lui,
# rejouerait l'ancien et paierait cette revalidation à chaque requête. Chaque mesure part donc d'un cookie neuf.
rafraichir_session() {
  local statut
  statut=$(curl -s -o /dev/null -w '%{http_code}' -c "$travail/jar" -H 'Content-Type: application/json' -H "$https" \
    -d "{\"courriel\":\"${courriel:-ddtm@demo.pilotis.fr}\",\"motDePasse\":\"${motdepasse:-Pilotis-Demo-2026}\"}" "$base/api/v1/session")
  [ "$statut" = 204 ] || { echo "Connexion refusée ($statut)" >&2; exit 2; }
  cookie=$(awk '$6 == "pilotis" {print $7}' "$travail/jar")
}

ecrire_script_mesure() {
  cat >"$travail/mesure.lua" <<'LUA'
local fils = {}
setup = function(thread) table.insert(fils, thread) end
init = function() autres = 0 end
response = function(status) if status ~= 200 then autres = autres + 1 end end
done = function(summary, latency)
  local n = 0
  for _, t in ipairs(fils) do n = n + t:get("autres") end
  -- Une réponse plus lente que le délai de wrk n'entre pas dans les latences : on la compte avec les non-200.
  n = n + summary.errors.timeout
  io.write(string.format("RESULTAT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, n))
end
LUA
}

# mesurer URL DURÉE -> "req/s p50 p95 p99 requêtes autres" (réponses autres que 200 et délais dépassés comptés : une
# session perdue donnerait des 302 rapides ; délai de wrk DELAI_WRK, 30 s par défaut, au lieu de 2 s).
mesurer() {
  rafraichir_session
  wrk -t"$fils" -c"$connexions" -d"${2}s" --timeout "${DELAI_WRK:-30}s" --latency -H "Cookie: pilotis=$cookie" -H "$https" -s "$travail/mesure.lua" "$1" \
    | awk '/^RESULTAT/ {print $2, $3, $4, $5, $6, $7}'
}

mediane() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# comparer DURÉE RÉPÉTITIONS CHEMIN… : chaque chemin est mesuré en alternance avec le fichier statique ; médianes et rapports.
comparer() {
  local duree=$1 repetitions=$2; shift 2
  local reference="/css/pilotis.css" chemin i rps p50 p95 p99 req autres
  declare -A r_rps r_p50 r_p95 r_p99
  local autres_total=0
  for chemin in "$reference" "$@"; do mesurer "$base$chemin" 5 >/dev/null; done
  for i in $(seq "$repetitions"); do
    for chemin in "$reference" "$@"; do
      read -r rps p50 p95 p99 req autres < <(mesurer "$base$chemin" "$duree")
      r_rps[$chemin]+="$rps "; r_p50[$chemin]+="$p50 "; r_p95[$chemin]+="$p95 "; r_p99[$chemin]+="$p99 "
      autres_total=$((autres_total + autres))
    done
  done
  printf '  %-62s %9s %9s %9s %9s %s\n' "" "req/s" "p50 ms" "p95 ms" "p99 ms" "rapports au fichier statique"
  local s_rps s_p95
  s_rps=$(mediane ${r_rps[$reference]}); s_p95=$(mediane ${r_p95[$reference]})
  for chemin in "$reference" "$@"; do
    local m_rps m50 m95 m99
    m_rps=$(mediane ${r_rps[$chemin]}); m50=$(mediane ${r_p50[$chemin]}); m95=$(mediane ${r_p95[$chemin]}); m99=$(mediane ${r_p99[$chemin]})
    printf '  %-62s %9s %9s %9s %9s %s\n' "$chemin" "$m_rps" "$m50" "$m95" "$m99" \
      "$(awk -v a="$m_rps" -v b="$s_rps" -v c="$m95" -v d="$s_p95" 'BEGIN{printf "débit %.3g× (1/%.0f), p95 %.1f×", a/b, b/a, c/d}')"
  done
  echo "  réponses autres que 200 pendant les mesures : $autres_total"
}
