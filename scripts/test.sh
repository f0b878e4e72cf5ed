#!/usr/bin/env bash
# Pilotis test command (the one in the README, run by .ci/run):
#   installs what is missing (apt: postgresql, chromium; npm; dotnet tools), starts PostgreSQL on loopback,
#   builds in Release, runs every test project with a TRX logger into TestResults/, and ends with ONE line
#   "N passed, N failed" summed from the TRX files. Exit status is non-zero if a test failed or a project did not run;
#   a project that did not run (crash, no result, nothing built) counts as one failure in that line.
# Environment: PILOTIS_TEST_POSTGRES (base connection string) is set to the local « pilotis » role unless already set.
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$racine"
debut=$SECONDS
etape() { printf '\n==> %s\n' "$*" >&2; }
# If the script stops before the tests (install, build…), the summary line still ends the output: every test
# project counts as one failure, so a reader of that line alone never sees a green result.
bilan_ecrit=0
trap 'code=$?; if [ "$bilan_ecrit" -eq 0 ]; then echo "Arrêt avant la fin (code $code)" >&2; echo "0 passed, $(ls tests/*/*.csproj | wc -l) failed"; fi; exit $code' EXIT

# Runs a command as root: directly, through passwordless sudo, or not at all (returns 1).
en_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else echo "   (ni root ni sudo : « $* » non exécuté)" >&2; return 1
  fi
}
en_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}
installe() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

etape "Paquets système"
manquants=()
installe postgresql || manquants+=(postgresql)
[ -x /usr/bin/chromium ] || manquants+=(chromium)
if [ ${#manquants[@]} -gt 0 ]; then
  echo "   installation de ${manquants[*]}" >&2
  en_root apt-get update -qq || true
  en_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${manquants[@]}" || true
else
  echo "   postgresql et chromium déjà installés" >&2
fi

etape "PostgreSQL"
if [ -z "${PILOTIS_TEST_POSTGRES:-}" ]; then
  version="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)"
  version="${version:-15}"
  if command -v pg_lsclusters >/dev/null 2>&1 && ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    en_root pg_createcluster "$version" main >&2 || true
  fi
  en_root pg_ctlcluster "$version" main start >&2 2>/dev/null || true # already running is fine
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
  pg_isready -h localhost -p 5432 >&2 || echo "   PostgreSQL ne répond pas : les tests PostgreSQL échoueront" >&2
  en_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pilotis') THEN
        CREATE ROLE pilotis LOGIN SUPERUSER PASSWORD 'pilotis';
      END IF; END \$\$;" >&2 || echo "   rôle pilotis non vérifié" >&2
  export PILOTIS_TEST_POSTGRES="Host=localhost;Port=5432;Username=pilotis;Password=pilotis"
fi
# Databases (pilotis_test_<UTC timestamp>_…) and SQLite files left behind by interrupted runs are removed after 6 hours;
# younger ones may belong to a run in progress in another worktree.
export PGPASSWORD=pilotis
PGTZ=UTC psql -h localhost -U pilotis -d postgres -qtAc "SELECT datname FROM pg_database
    WHERE datname ~ '^pilotis_test_[0-9]{14}_' AND to_timestamp(substr(datname, 14, 14), 'YYYYMMDDHH24MISS') < now() - interval '6 hours'" 2>/dev/null \
  | while read -r base; do [ -n "$base" ] && psql -h localhost -U pilotis -d postgres -qc "DROP DATABASE IF EXISTS \"$base\" WITH (FORCE)" >&2 || true; done
unset PGPASSWORD
find "${TMPDIR:-/tmp}" -maxdepth 1 \( -name 'pilotis-tests-*' -o -name 'pilotis-e2e-*' \) -mmin +360 -delete 2>/dev/null || true

etape "npm et outils .NET"
if [ ! -e node_modules/.package-lock.json ]; then npm ci --ignore-scripts --no-audit --no-fund >&2; fi
dotnet tool restore >&2

etape "Compilation (Release)"
dotnet build Pilotis.slnx -c Release -nologo -v q >&2

rm -rf TestResults
mkdir -p TestResults
# Counters of one TRX file: passed, failed (failed + error + timeout + aborted), total, executed.
compter() {
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
c = ET.parse(sys.argv[1]).getroot().find("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}ResultSummary/"
                                         "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}Counters")
n = lambda k: int(c.get(k, 0)) if c is not None else 0
print(n("passed"), n("failed") + n("error") + n("timeout") + n("aborted"), n("total"), n("executed"))
PY
}
passes=0
echecs=0
non_executes=()
for projet in tests/*/*.csproj; do
  nom="$(basename "$projet" .csproj)"
  etape "Tests $nom"
  for essai in 1 2; do
    code=0
    dotnet test "$projet" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$nom.trx" --results-directory TestResults >&2 || code=$?
    # Seen once on a loaded machine: the test platform exits 0 without running anything. Only that case is retried;
    # a run that produced results (even failing ones) never is.
    if [ -s "TestResults/$nom.trx" ]; then break; fi
    if [ "$essai" -eq 1 ]; then echo "   $nom : aucun résultat produit (code $code), nouvel essai" >&2; fi
  done
  if [ ! -s "TestResults/$nom.trx" ]; then
    echo "   $nom n'a produit aucun résultat (code de sortie $code)" >&2
    non_executes+=("$nom")
    continue
  fi
  read -r p f total executes < <(compter "TestResults/$nom.trx")
  passes=$((passes + p))
  echecs=$((echecs + f))
  echo "   $nom : $p réussis, $f en échec sur $total" >&2
  # No test run, or a failing exit status not explained by failed tests (crash, abort): the project did not run properly.
  if [ "$total" -eq 0 ] || [ "$executes" -eq 0 ] || { [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; }; then
    echo "   $nom ne s'est pas exécuté correctement (code de sortie $code)" >&2
    non_executes+=("$nom")
  fi
done

if [ ${#non_executes[@]} -gt 0 ]; then
  echo "Projets non exécutés ou interrompus (comptés chacun comme un échec) : ${non_executes[*]}" >&2
  echecs=$((echecs + ${#non_executes[@]}))
fi
echo "Durée : $((SECONDS - debut)) s ; résultats dans TestResults/ (captures d'écran des échecs dans TestResults/screenshots/)" >&2
bilan_ecrit=1
echo "$passes passed, $echecs failed"
[ "$echecs" -eq 0 ]
